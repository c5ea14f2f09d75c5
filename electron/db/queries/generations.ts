// A generating run's answers, one row per item: what is left, what came back, and their totals.
import type Database from 'better-sqlite3';
import type { GenerationSummary } from '../../../shared/contract';
import { sql } from '../statement-cache';

export interface GenerationRow {
  status: 'pending' | 'running' | 'done' | 'error';
  response: string | null;
  error: string | null;
}

export function generationOf(db: Database.Database, runId: number, itemId: number): GenerationRow | null {
  return (
    (sql(db, 'SELECT status, response, error FROM generation WHERE run_id = ? AND item_id = ?').get(runId, itemId) as
      GenerationRow | undefined) ?? null
  );
}

/** Items whose answers both runs generated: what a pairwise run can compare. */
export function itemsGeneratedByBoth(db: Database.Database, runA: number, runB: number): number[] {
  return (
    sql(
      db,
      `SELECT a.item_id FROM generation a JOIN generation b ON b.item_id = a.item_id AND b.run_id = ?
        WHERE a.run_id = ? AND a.status = 'done' AND b.status = 'done' ORDER BY a.item_id`,
    ).all(runB, runA) as { item_id: number }[]
  ).map((row) => row.item_id);
}

export interface GenerationOutcome {
  runId: number;
  itemId: number;
  status: 'done' | 'error';
  response: string | null;
  stop: string | null;
  truncated: number | null;
  error: string | null;
  latency: number | null;
  input: number | null;
  output: number | null;
  cost: number | null;
}

export function updateGeneration(db: Database.Database, outcome: GenerationOutcome): void {
  sql(
    db,
    `UPDATE generation SET status = @status, response = @response, stop_reason = @stop, truncated = @truncated,
            error = @error, latency_ms = @latency, input_tokens = @input, output_tokens = @output, cost = @cost
      WHERE run_id = @runId AND item_id = @itemId`,
  ).run(outcome);
}

/** Failed generations go back in the queue. */
export function requeueFailedGenerations(db: Database.Database, runId: number): void {
  sql(db, `UPDATE generation SET status = 'pending', error = NULL WHERE run_id = ? AND status = 'error'`).run(runId);
}

export function generationSummary(db: Database.Database, runId: number): GenerationSummary | null {
  const row = sql(
    db,
    `SELECT provider, model, coalesce(sum(status = 'done'), 0) AS done, coalesce(sum(status = 'error'), 0) AS errors,
            coalesce(sum(truncated), 0) AS truncated, avg(latency_ms) AS latencyMsMean,
            coalesce(sum(input_tokens), 0) AS inputTokens, coalesce(sum(output_tokens), 0) AS outputTokens,
            coalesce(sum(cost), 0) AS cost, count(*) AS n
       FROM generation WHERE run_id = ? GROUP BY provider, model`,
  ).get(runId) as (GenerationSummary & { n: number }) | undefined;
  if (!row) return null;
  const { n: _n, ...summary } = row;
  return summary;
}
