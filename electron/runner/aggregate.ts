// Per-judge summary of a run once it ends: how the scores are spread, how often the judge passed,
// and what it cost.
import type Database from 'better-sqlite3';
import { mean, sampleVariance, sum } from 'simple-statistics';
import type { OutputType } from '../../shared/domain';
import type { JudgeAggregate } from '../../shared/judging';
import { judgmentsForAggregates, type AggregateRow } from '../db/queries/run-judgments';
import { groupBy } from '../../shared/group-by';

export function runAggregates(db: Database.Database, runId: number): JudgeAggregate[] {
  const rows = judgmentsForAggregates(db, runId);
  return [...groupBy(rows, (row) => row.judge_version_id).values()].map(summarize);
}

function summarize(rows: AggregateRow[]): JudgeAggregate {
  const first = rows[0]!;
  const done = rows.filter((row) => row.status === 'done');
  const scores = done.map((row) => row.score).filter((score): score is number => score !== null);
  const passes = done.map((row) => row.pass).filter((pass): pass is number => pass !== null);
  const latencies = done.map((row) => row.latency_ms).filter((ms): ms is number => ms !== null);
  const distribution: Record<string, number> = {};
  for (const row of done) {
    const key =
      row.label ?? (row.score !== null ? String(row.score) : row.pass !== null ? (row.pass ? 'yes' : 'no') : null);
    if (key !== null) distribution[key] = (distribution[key] ?? 0) + 1;
  }
  return {
    judge: first.judge,
    judgeVersionId: first.judge_version_id,
    version: first.version,
    outputType: JSON.parse(first.output_type) as OutputType,
    n: done.length,
    errors: rows.filter((row) => row.status === 'error').length,
    mean: scores.length > 0 ? mean(scores) : null,
    // Bessel-corrected, as pandas' .var() reports it.
    variance: scores.length > 1 ? sampleVariance(scores) : null,
    p90: scores.length > 0 ? percentile(scores, 0.9) : null,
    passRate: passes.length > 0 ? passes.filter((pass) => pass === 1).length / passes.length : null,
    distribution,
    inputTokens: sum(rows.map((row) => row.input_tokens ?? 0)),
    outputTokens: sum(rows.map((row) => row.output_tokens ?? 0)),
    cost: sum(rows.map((row) => row.cost ?? 0)),
    latencyMsMean: latencies.length > 0 ? mean(latencies) : null,
  };
}

/** Linear interpolation between closest ranks (NumPy's default percentile method). */
export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
