// The statistics of a run, as name–value pairs: each judge's, and its candidate model's when it
// generated the answers. Shared by the run summary and the comparison of two runs.
import type { GenerationSummary } from '../../../../shared/contract';
import type { JudgeAggregate } from '../../../../shared/judging';
import {
  formatCost,
  formatCount,
  formatLatency,
  formatNumber,
  formatPercent,
  formatSigned,
} from '../../format/numbers';
import { scoreOnScale } from '../../format/verdict';
import { difference } from '../../store/run-comparison';

export interface Metric<Subject> {
  name: string;
  value(subject: Subject): number | null;
  /** Given the subject too, so a score can read on its judge's scale. */
  format(value: number, subject: Subject): string;
  /** How a difference between two runs reads. */
  formatDifference(value: number): string;
}

const count = { format: formatCount, formatDifference: (value: number) => formatSigned(value, formatCount) };
const score = { format: formatNumber, formatDifference: (value: number) => formatSigned(value) };
const onScale = {
  format: (value: number, aggregate: JudgeAggregate) => scoreOnScale(value, aggregate.outputType),
  formatDifference: (value: number) => formatSigned(value),
};
const cost = { format: formatCost, formatDifference: (value: number) => formatSigned(value, formatCost) };
const latency = { format: formatLatency, formatDifference: (value: number) => formatSigned(value, formatLatency) };

export const AGGREGATE_METRICS: Metric<JudgeAggregate>[] = [
  { name: 'Judged', value: (a) => a.n, ...count },
  { name: 'Mean', value: (a) => a.mean, ...onScale },
  { name: 'Variance', value: (a) => a.variance, ...score },
  { name: 'P90', value: (a) => a.p90, ...onScale },
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
  { name: 'Cost', value: (a) => a.cost, ...cost },
  { name: 'Mean latency', value: (a) => a.latencyMsMean, ...latency },
];

export const GENERATION_METRICS: Metric<GenerationSummary>[] = [
  { name: 'Answers', value: (g) => g.done, ...count },
  { name: 'Errors', value: (g) => g.errors, ...count },
  { name: 'Cut off at the token limit', value: (g) => g.truncated, ...count },
  { name: 'Mean latency', value: (g) => g.latencyMsMean, ...latency },
  { name: 'Tokens in', value: (g) => g.inputTokens, ...count },
  { name: 'Tokens out', value: (g) => g.outputTokens, ...count },
  { name: 'Cost', value: (g) => g.cost, ...cost },
];

export function showMetric<Subject>(metric: Metric<Subject>, subject: Subject | null): string {
  const value = subject === null ? null : metric.value(subject);
  return subject === null || value === null ? '—' : metric.format(value, subject);
}

export function showDifference<Subject>(metric: Metric<Subject>, a: Subject | null, b: Subject | null): string {
  const value = difference(a && metric.value(a), b && metric.value(b));
  return value === null ? '—' : metric.formatDifference(value);
}
