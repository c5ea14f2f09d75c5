// A run's judgments as rows: what is left to do, committing finished ones with their attempts (only
// while the run's lease is the committer's), retrying failures, and the pages the run view shows.
import type Database from 'better-sqlite3';
import type { RunJudgmentRow } from '../../../shared/contract';
import type { OutputType } from '../../../shared/domain';
import { sql } from '../statement-cache';

export interface PendingJudgment {
  id: number;
  itemId: number;
  judgeVersionId: number;
}

/** Judgments still to do, in dataset order. */
export function pendingJudgments(db: Database.Database, runId: number): PendingJudgment[] {
  return sql(
    db,
    `SELECT id, item_id AS itemId, judge_version_id AS judgeVersionId FROM judgment
      WHERE run_id = ? AND status IN ('pending', 'running') ORDER BY item_id, judge_version_id`,
  ).all(runId) as PendingJudgment[];
}

/** Failed judgments go back in the queue; returns how many. */
export function requeueFailedJudgments(db: Database.Database, runId: number, now: string): number {
  return sql(db, `UPDATE judgment SET status = 'pending', updated_at = ? WHERE run_id = ? AND status = 'error'`).run(
    now,
    runId,
  ).changes;
}

export interface FinishedJudgmentRow {
  id: number;
  status: string;
  score: number | null;
  label: string | null;
  pass: number | null;
  justification: string | null;
  raw: string | null;
  chunks: string | null;
  distribution: string | null;
  error: string | null;
  attempts: number;
  latency: number | null;
  input: number;
  output: number;
  cost: number;
  now: string;
  leaseToken: string;
}

/** Saves a finished judgment if its run's lease is still `leaseToken`; false when it is not. */
export function saveFinishedJudgment(db: Database.Database, row: FinishedJudgmentRow): boolean {
  return (
    sql(
      db,
      `UPDATE judgment SET status = @status, score = @score, label = @label, pass = @pass,
              justification = @justification, raw_output = @raw, chunk_results = @chunks, distribution = @distribution,
              error = @error, attempts = attempts + @attempts, latency_ms = @latency, input_tokens = @input,
              output_tokens = @output, cost = @cost, updated_at = @now
        WHERE id = @id AND (SELECT lease_token FROM run WHERE run.id = judgment.run_id) = @leaseToken`,
    ).run(row).changes > 0
  );
}

export interface AttemptRow {
  startedAt: string;
  latencyMs: number | null;
  outcome: string;
  httpStatus: number | null;
  inputTokens: number;
  outputTokens: number;
  error: string | null;
}

/** Appends a call to the judgment's attempts, numbered after the ones before it. */
export function appendAttempt(db: Database.Database, judgmentId: number, attempt: AttemptRow): void {
  sql(
    db,
    `INSERT INTO judgment_attempt (judgment_id, attempt, started_at, latency_ms, outcome, http_status, input_tokens,
                                   output_tokens, error)
     VALUES (?, (SELECT count(*) + 1 FROM judgment_attempt WHERE judgment_id = ?), ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    judgmentId,
    judgmentId,
    attempt.startedAt,
    attempt.latencyMs,
    attempt.outcome,
    attempt.httpStatus,
    attempt.inputTokens,
    attempt.outputTokens,
    attempt.error,
  );
}

/**
 * Runs `commit` in an immediate transaction at synchronous=NORMAL: in WAL mode a commit then
 * survives the process being killed (the point of resume), only not a power cut, which would at
 * worst re-run those judgments. Labels, which nobody can re-create, keep the connection's FULL setting.
 */
export function commitResumably(db: Database.Database, commit: () => void): void {
  db.pragma('synchronous = NORMAL');
  try {
    db.transaction(commit).immediate();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/** One page of a run's judgments (of one status, if given), in dataset order. */
export function runJudgments(
  db: Database.Database,
  runId: number,
  status: RunJudgmentRow['status'] | undefined,
  offset: number,
  limit: number,
): { total: number; rows: RunJudgmentRow[] } {
  const filter = status ? 'AND jm.status = @status' : '';
  const total = (
    sql(db, `SELECT count(*) AS n FROM judgment jm WHERE jm.run_id = @runId ${filter}`).get({ runId, status }) as {
      n: number;
    }
  ).n;
  const rows = sql(
    db,
    `SELECT jm.id, jm.item_id AS itemId, i.key AS itemKey, j.name AS judge, v.version, v.output_type, jm.status, jm.score,
            jm.label, jm.pass, jm.justification, jm.error, jm.raw_output AS raw, jm.attempts, jm.latency_ms AS latencyMs,
            jm.input_tokens AS inputTokens, jm.output_tokens AS outputTokens, jm.cost
       FROM judgment jm JOIN item i ON i.id = jm.item_id
       JOIN judge_version v ON v.id = jm.judge_version_id JOIN judge j ON j.id = v.judge_id
      WHERE jm.run_id = @runId ${filter}
      ORDER BY jm.item_id, j.name LIMIT @limit OFFSET @offset`,
  ).all({ runId, status, limit, offset }) as (Omit<RunJudgmentRow, 'pass' | 'outputType'> & {
    pass: number | null;
    output_type: string;
  })[];
  return {
    total,
    rows: rows.map(({ output_type, ...row }) => ({
      ...row,
      outputType: JSON.parse(output_type) as OutputType,
      pass: row.pass === null ? null : row.pass === 1,
    })),
  };
}

export interface AggregateRow {
  judge: string;
  judge_version_id: number;
  version: number;
  output_type: string;
  status: string;
  score: number | null;
  label: string | null;
  pass: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  cost: number | null;
  latency_ms: number | null;
}

/** Every judgment of a run with its judge version, for the per-judge summary. */
export function judgmentsForAggregates(db: Database.Database, runId: number): AggregateRow[] {
  return sql(
    db,
    `SELECT j.name AS judge, jm.judge_version_id, v.version, v.output_type, jm.status, jm.score, jm.label, jm.pass,
            jm.input_tokens, jm.output_tokens, jm.cost, jm.latency_ms
       FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id JOIN judge j ON j.id = v.judge_id
      WHERE jm.run_id = ? ORDER BY j.name`,
  ).all(runId) as AggregateRow[];
}
