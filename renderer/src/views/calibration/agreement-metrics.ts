// The numbers of an agreement result as rows people read: a name, what it means, the value and its
// 95% interval. Ordinal rows only exist for scale judges.
import type { AgreementResult, Interval } from '../../../../shared/calibration';
import { formatNumber, formatPercent, formatSigned } from '../../format/numbers';
import { METRIC_NAMES } from '../../../../shared/metric-names';

export interface MetricRow {
  key: string;
  name: string;
  hint: string;
  value: number | null;
  interval: Interval | null;
  format: (value: number) => string;
}

const ratio = (value: number) => formatPercent(value);

export function agreementMetrics(result: AgreementResult): MetricRow[] {
  const { binary, ordinal, ci } = result;
  const rows: MetricRow[] = [
    {
      key: 'accuracy',
      ...METRIC_NAMES.accuracy,
      value: binary.accuracy,
      interval: ci.binary.accuracy,
      format: ratio,
    },
    {
      key: 'kappa',
      ...METRIC_NAMES.kappa,
      value: binary.kappa,
      interval: ci.binary.kappa,
      format: formatNumber,
    },
    {
      key: 'f1_fail',
      ...METRIC_NAMES.f1_fail,
      value: binary.f1_fail,
      interval: ci.binary.f1_fail,
      format: formatNumber,
    },
  ];
  if (ordinal) {
    const intervals = ci.ordinal;
    rows.push(
      {
        key: 'exact',
        ...METRIC_NAMES.exact,
        value: ordinal.exact,
        interval: intervals?.exact ?? null,
        format: ratio,
      },
      {
        key: 'within1',
        ...METRIC_NAMES.within1,
        value: ordinal.within1,
        interval: intervals?.within1 ?? null,
        format: ratio,
      },
      {
        key: 'qwk',
        ...METRIC_NAMES.qwk,
        value: ordinal.qwk,
        interval: intervals?.qwk ?? null,
        format: formatNumber,
      },
      {
        key: 'spearman',
        ...METRIC_NAMES.spearman,
        value: ordinal.spearman,
        interval: intervals?.spearman ?? null,
        format: formatNumber,
      },
      {
        key: 'kendall_tau_b',
        ...METRIC_NAMES.kendall_tau_b,
        value: ordinal.kendall_tau_b,
        interval: null,
        format: formatNumber,
      },
      {
        key: 'mae',
        ...METRIC_NAMES.mae,
        value: ordinal.mae,
        interval: intervals?.mae ?? null,
        format: formatNumber,
      },
      {
        key: 'bias',
        ...METRIC_NAMES.bias,
        value: ordinal.bias,
        interval: intervals?.bias ?? null,
        format: formatNumber,
      },
    );
  }
  return rows;
}

/** `0.82` or `—` where the statistic is undefined for this data. */
export const showValue = (row: Pick<MetricRow, 'value' | 'format'>): string =>
  row.value === null ? '—' : row.format(row.value);

/** `0.7–0.9`, or null when there is no interval to show. */
export function showInterval(interval: Interval | null, format: (value: number) => string): string | null {
  if (!interval || interval.lower === null || interval.upper === null) return null;
  return `${format(interval.lower)} – ${format(interval.upper)}`;
}

/** `0.82 (0.7 – 0.9)`: a value with its interval when it has one. */
export function valueWithInterval(
  value: number | null,
  interval: Interval | null,
  format: (value: number) => string,
): string {
  const range = showInterval(interval, format);
  const shown = showValue({ value, format });
  return range ? `${shown} (${range})` : shown;
}

/** Human–human agreement beside the judge's: the judge is "within human noise" when its κ reaches theirs. */
export function humanNoise(result: AgreementResult): { kappa: number; judgeWithin: boolean | null } | null {
  const kappa = result.human_human.pairwise_kappa;
  if (kappa === null) return null;
  return { kappa, judgeWithin: result.binary.kappa === null ? null : result.binary.kappa >= kappa };
}

export interface BeforeAfterRow {
  key: string;
  name: string;
  before: string;
  after: string;
  /** After minus before, signed, or null when either is undefined. */
  change: string | null;
}

/** The same measures of two results (the old and the new version on the same items), side by side. */
export function beforeAfter(before: AgreementResult, after: AgreementResult): BeforeAfterRow[] {
  const afterRows = new Map(agreementMetrics(after).map((row) => [row.key, row]));
  return agreementMetrics(before).flatMap((row) => {
    const next = afterRows.get(row.key);
    if (!next) return [];
    // Shares change in percentage points, so +5 pts never reads as "5% better than before".
    const points = (delta: number) => `${formatNumber(delta * 100)} pts`;
    const change =
      row.value === null || next.value === null
        ? null
        : formatSigned(next.value - row.value, row.format === ratio ? points : row.format);
    return [
      {
        key: row.key,
        name: row.name,
        before: valueWithInterval(row.value, row.interval, row.format),
        after: valueWithInterval(next.value, next.interval, next.format),
        change,
      },
    ];
  });
}
