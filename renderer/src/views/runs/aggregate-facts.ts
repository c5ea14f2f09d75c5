// The statistics of one judge in one run, as name–value pairs (shared by the summary and the comparison).
import type { JudgeAggregate } from '../../../../shared/judging';
import {
  formatCost,
  formatCount,
  formatLatency,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../format/numbers';
import { difference } from '../../store/run-comparison';

export interface AggregateMetric {
  name: string;
  value(aggregate: JudgeAggregate): number | null;
  format(value: number): string;
  /** How a difference between two runs reads. */
  formatDifference(value: number): string;
}

const count = { format: formatCount, formatDifference: (value: number) => formatSigned(value, formatCount) };
const score = { format: formatNumber, formatDifference: (value: number) => formatSigned(value) };

export const AGGREGATE_METRICS: AggregateMetric[] = [
  { name: 'Judged', value: (a) => a.n, ...count },
  { name: 'Mean', value: (a) => a.mean, ...score },
  { name: 'Variance', value: (a) => a.variance, ...score },
  { name: 'P90', value: (a) => a.p90, ...score },
  {
    name: 'Pass rate',
    value: (a) => a.passRate,
    format: formatPercent,
    // Rates differ in percentage points, not percent.
    formatDifference: (value) => `${formatSigned(value * 100, (points) => String(Math.round(points * 10) / 10))} pts`,
  },
  { name: 'Errors', value: (a) => a.errors, ...count },
  { name: 'Tokens in', value: (a) => a.inputTokens, ...count },
  { name: 'Tokens out', value: (a) => a.outputTokens, ...count },
  {
    name: 'Cost',
    value: (a) => a.cost,
    format: formatCost,
    formatDifference: (value) => formatSigned(value, formatCost),
  },
  {
    name: 'Mean latency',
    value: (a) => a.latencyMsMean,
    format: formatLatency,
    formatDifference: (value) => formatSigned(value, formatLatency),
  },
];

export const showMetric = (metric: AggregateMetric, aggregate: JudgeAggregate | null): string => {
  const value = aggregate ? metric.value(aggregate) : null;
  return value === null ? '—' : metric.format(value);
};

export const showDifference = (metric: AggregateMetric, a: JudgeAggregate | null, b: JudgeAggregate | null): string => {
  const value = difference(a && metric.value(a), b && metric.value(b));
  return value === null ? '—' : metric.formatDifference(value);
};
