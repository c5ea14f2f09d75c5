/** @jsxRuntime automatic @jsxImportSource react */
// The agreement numbers of a judge version with their bootstrap 95% intervals.
import type { Interval } from '../../../shared/calibration';
import type { JudgeAgreement } from '../../../shared/contract';
import { METRIC_NAMES, type MetricKey } from '../../../shared/metric-names';

/** Three decimals for reading; the CSV report keeps full precision. */
const fixed = (value: number | null) => (value === null ? '—' : value.toFixed(3));

function Row({ name, value, interval }: { name: MetricKey; value: number | null; interval?: Interval }) {
  return (
    <tr>
      <th scope="row" title={METRIC_NAMES[name].hint}>
        {METRIC_NAMES[name].name}
      </th>
      <td data-stat={name}>{fixed(value)}</td>
      <td>{interval ? `${fixed(interval.lower)} – ${fixed(interval.upper)}` : ''}</td>
    </tr>
  );
}

/** The head of a table of values with their intervals; `name` heads the first column. */
export function IntervalHead({ name }: { name: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{name}</th>
        <th scope="col">value</th>
        <th scope="col">95% interval</th>
      </tr>
    </thead>
  );
}

export function StatsTable({ stats }: { stats: JudgeAgreement }) {
  const { binary, ordinal, ci, human_human: humans } = stats;
  return (
    <table className="stats">
      <IntervalHead name="statistic" />
      <tbody>
        <Row name="accuracy" value={binary.accuracy} interval={ci.binary.accuracy} />
        <Row name="kappa" value={binary.kappa} interval={ci.binary.kappa} />
        <Row name="f1_fail" value={binary.f1_fail} interval={ci.binary.f1_fail} />
        <Row name="precision_fail" value={binary.precision_fail} />
        <Row name="recall_fail" value={binary.recall_fail} />
        <Row name="precision_pass" value={binary.precision_pass} />
        <Row name="recall_pass" value={binary.recall_pass} />
        <Row name="f1_pass" value={binary.f1_pass} />
        {ordinal && (
          <>
            <Row name="exact" value={ordinal.exact} interval={ci.ordinal?.exact} />
            <Row name="within1" value={ordinal.within1} interval={ci.ordinal?.within1} />
            <Row name="qwk" value={ordinal.qwk} interval={ci.ordinal?.qwk} />
            <Row name="spearman" value={ordinal.spearman} interval={ci.ordinal?.spearman} />
            <Row name="kendall_tau_b" value={ordinal.kendall_tau_b} />
            <Row name="mae" value={ordinal.mae} interval={ci.ordinal?.mae} />
            <Row name="bias" value={ordinal.bias} interval={ci.ordinal?.bias} />
          </>
        )}
        <Row name="human_pairwise_kappa" value={humans.pairwise_kappa} />
        <Row name="human_krippendorff_alpha" value={humans.krippendorff_alpha} />
      </tbody>
    </table>
  );
}
