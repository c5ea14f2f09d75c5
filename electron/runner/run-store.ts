// Runs and their judgments in the workspace: creation with every judgment pending, claiming what is
// left to do, and committing each finished judgment with its attempts and cache entries.
import type Database from 'better-sqlite3';
import type { Candidate, GenerationSummary, RunJudgmentRow, RunSummary } from '../../shared/contract';
import type { ItemFields, OutputType } from '../../shared/domain';
import type { JudgeAggregate, ProviderConfig, RunStatus, VerdictResult } from '../../shared/judging';
import { LEASE_COLUMNS, leaseOf, type RunLease } from '../db/queries/run-lease';
import { immediateTransaction } from '../db/immediate';
import { sql } from '../db/statement-cache';
import { redactOrNull } from '../providers/redact';
import type { ChatResponse } from '../providers/types';
import { callTotals, type CallLog } from './provider-call';
import { refreshLatestVerdicts } from '../db/latest-verdicts';
import { storeResponse } from './response-cache';
import { isLeaseAlive, shownStatus } from './run-lease';

/** What a run needs to be resumed by anyone, later: kept in run.settings (never a secret). */
export interface RunSettings {
  judgeVersionIds: number[];
  providers: ProviderConfig[];
  /** The candidate model whose answers this run generates and judges. */
  generation?: Candidate;
  /** The two runs whose answers a pairwise run compares. */
  pairwise?: { runA: number; runB: number };
}

export function createRun(
  db: Database.Database,
  plan: { datasetId: number; name: string; itemIds: number[]; settings: RunSettings; now: string },
): number {
  return immediateTransaction(db, () => {
    const runId = Number(
      sql(
        db,
        `INSERT INTO run (dataset_id, name, kind, settings, status, created_at) VALUES (?, ?, 'eval', ?, 'pending', ?)`,
      ).run(plan.datasetId, plan.name, JSON.stringify(plan.settings), plan.now).lastInsertRowid,
    );
    const link = sql(db, 'INSERT INTO run_judge (run_id, judge_version_id) VALUES (?, ?)');
    for (const versionId of plan.settings.judgeVersionIds) link.run(runId, versionId);
    const pending = sql(
      db,
      `INSERT INTO judgment (run_id, item_id, judge_version_id, status, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', ?, ?)`,
    );
    for (const itemId of plan.itemIds) {
      for (const versionId of plan.settings.judgeVersionIds) pending.run(runId, itemId, versionId, plan.now, plan.now);
    }
    const candidate = plan.settings.generation;
    if (candidate) {
      const generation = sql(
        db,
        `INSERT INTO generation (run_id, item_id, provider, model, status) VALUES (?, ?, ?, ?, 'pending')`,
      );
      for (const itemId of plan.itemIds) generation.run(runId, itemId, candidate.provider, candidate.model);
    }
    return runId;
  });
}

export function runSettings(db: Database.Database, runId: number): RunSettings {
  const row = sql(db, 'SELECT settings FROM run WHERE id = ?').get(runId) as { settings: string };
  return JSON.parse(row.settings) as RunSettings;
}

export function setRunTotals(db: Database.Database, runId: number, aggregates: JudgeAggregate[]): void {
  sql(db, 'UPDATE run SET totals = ? WHERE id = ?').run(JSON.stringify({ aggregates }), runId);
}

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

/** Puts failed judgments (and failed generations) back in the queue ("retry errors"); returns how many. */
export function requeueErrors(db: Database.Database, runId: number, now: string): number {
  return immediateTransaction(db, () => {
    sql(db, `UPDATE generation SET status = 'pending', error = NULL WHERE run_id = ? AND status = 'error'`).run(runId);
    return sql(db, `UPDATE judgment SET status = 'pending', updated_at = ? WHERE run_id = ? AND status = 'error'`).run(
      now,
      runId,
    ).changes;
  });
}

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

export function saveGeneration(
  db: Database.Database,
  runId: number,
  itemId: number,
  outcome: { response: ChatResponse | null; error: string | null; log: CallLog },
  now: string,
): void {
  const totals = callTotals(outcome.log);
  immediateTransaction(db, () => {
    sql(
      db,
      `UPDATE generation SET status = @status, response = @response, stop_reason = @stop, truncated = @truncated,
              error = @error, latency_ms = @latency, input_tokens = @input, output_tokens = @output, cost = @cost
        WHERE run_id = @runId AND item_id = @itemId`,
    ).run({
      status: outcome.response ? 'done' : 'error',
      response: outcome.response?.text ?? null,
      stop: outcome.response?.stopReason ?? null,
      truncated: outcome.response ? (outcome.response.truncated ? 1 : 0) : null,
      error: redactOrNull(outcome.error),
      latency: totals.latencyMs,
      input: totals.inputTokens,
      output: totals.outputTokens,
      cost: totals.cost,
      runId,
      itemId,
    });
    if (outcome.response) {
      for (const entry of outcome.log.cacheEntries) storeResponse(db, entry.key, entry.response, now);
    }
  });
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

export function itemFields(db: Database.Database, itemId: number): ItemFields {
  const row = sql(
    db,
    `SELECT request, response, expected_response, expected_facts, guidelines, retrieved_context, metadata
       FROM item WHERE id = ?`,
  ).get(itemId) as Record<string, string | null>;
  const parse = <T>(text: string | null | undefined): T | null => (text ? (JSON.parse(text) as T) : null);
  return {
    request: row.request ?? null,
    response: row.response ?? null,
    expected_response: row.expected_response ?? null,
    expected_facts: parse(row.expected_facts),
    guidelines: parse(row.guidelines),
    retrieved_context: parse(row.retrieved_context),
    metadata: parse(row.metadata) ?? {},
  };
}

export interface FinishedJudgment {
  id: number;
  result: VerdictResult;
  log: CallLog;
}

/**
 * Commits finished judgments, their attempts and the replies to cache, in one transaction, if the
 * run's lease is still `leaseToken`'s: a process that lost its lease (presumed dead, taken over)
 * never overwrites the new holder's work.
 * With synchronous=NORMAL: in WAL mode a commit then survives the process being killed (the point
 * of resume), only not a power cut, which would at worst re-run those judgments. Labels, which
 * nobody can re-create, keep the connection's FULL setting.
 */
export function commitJudgments(
  db: Database.Database,
  finished: FinishedJudgment[],
  now: string,
  leaseToken: string,
): void {
  const update = sql(
    db,
    `UPDATE judgment SET status = @status, score = @score, label = @label, pass = @pass,
            justification = @justification, raw_output = @raw, chunk_results = @chunks, distribution = @distribution,
            error = @error, attempts = attempts + @attempts, latency_ms = @latency, input_tokens = @input,
            output_tokens = @output, cost = @cost, updated_at = @now
      WHERE id = @id AND (SELECT lease_token FROM run WHERE run.id = judgment.run_id) = @leaseToken`,
  );
  const attempt = sql(
    db,
    `INSERT INTO judgment_attempt (judgment_id, attempt, started_at, latency_ms, outcome, http_status, input_tokens,
                                   output_tokens, error)
     VALUES (?, (SELECT count(*) + 1 FROM judgment_attempt WHERE judgment_id = ?), ?, ?, ?, ?, ?, ?, ?)`,
  );
  const commit = db.transaction(() => {
    const committed: number[] = [];
    for (const { id, result, log } of finished) {
      const totals = callTotals(log);
      const { changes } = update.run({
        id,
        status: result.status,
        score: result.score,
        label: result.label,
        pass: result.pass === null ? null : result.pass ? 1 : 0,
        justification: result.justification,
        raw: result.raw,
        chunks: result.chunks ? JSON.stringify(result.chunks) : null,
        distribution: result.distribution ? JSON.stringify(result.distribution) : null,
        error: redactOrNull(result.error),
        attempts: totals.paidCalls,
        latency: totals.latencyMs,
        input: totals.inputTokens,
        output: totals.outputTokens,
        cost: totals.cost,
        now,
        leaseToken,
      });
      if (changes === 0) continue;
      committed.push(id);
      for (const r of log.records) {
        const error = redactOrNull(r.error);
        attempt.run(id, id, r.startedAt, r.latencyMs, r.outcome, r.httpStatus, r.inputTokens, r.outputTokens, error);
      }
      // A reply the judge could not read is never cached: retrying must ask the model again.
      if (result.status === 'done') {
        for (const entry of log.cacheEntries) storeResponse(db, entry.key, entry.response, now);
      }
    }
    refreshLatestVerdicts(db, committed);
  });
  db.pragma('synchronous = NORMAL');
  try {
    commit.immediate();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

interface RunRow {
  id: number;
  dataset_id: number;
  dataset: string;
  name: string;
  kind: 'eval' | 'imported';
  status: RunStatus;
  status_message: string | null;
  created_at: string;
  finished_at: string | null;
  total: number;
  done: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  lease_token: string | null;
  lease_pid: number | null;
  lease_host: string | null;
  lease_since: string | null;
  lease_heartbeat: number | null;
}

const RUN_SELECT = `
  SELECT r.id, r.dataset_id, d.name AS dataset, r.name, r.kind, r.status, r.status_message, r.created_at, r.finished_at, ${LEASE_COLUMNS},
         count(jm.id) AS total,
         coalesce(sum(jm.status = 'done'), 0) AS done,
         coalesce(sum(jm.status = 'error'), 0) AS errors,
         coalesce(sum(jm.input_tokens), 0) AS input_tokens,
         coalesce(sum(jm.output_tokens), 0) AS output_tokens,
         coalesce(sum(jm.cost), 0) AS cost
    FROM run r JOIN dataset d ON d.id = r.dataset_id LEFT JOIN judgment jm ON jm.run_id = r.id`;

function toSummary(db: Database.Database, row: RunRow): RunSummary {
  const judges = sql(
    db,
    `SELECT j.name AS judge, v.version, v.id AS judgeVersionId FROM run_judge rj
       JOIN judge_version v ON v.id = rj.judge_version_id JOIN judge j ON j.id = v.judge_id
      WHERE rj.run_id = ? ORDER BY j.name`,
  ).all(row.id) as RunSummary['judges'];
  const now = Date.now();
  const lease = leaseOf(row);
  const holder = lease && isLeaseAlive(lease, now) ? holderOf(lease) : null;
  const firstError =
    row.errors === 0
      ? null
      : (
          sql(
            db,
            `SELECT error FROM judgment WHERE run_id = ? AND status = 'error' ORDER BY updated_at, id LIMIT 1`,
          ).get(row.id) as { error: string | null }
        ).error;
  return {
    id: row.id,
    datasetId: row.dataset_id,
    dataset: row.dataset,
    name: row.name,
    kind: row.kind,
    status: shownStatus(row.status, lease, now),
    holder,
    firstError,
    message: row.status_message,
    judges,
    total: row.total,
    done: row.done,
    errors: row.errors,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    cost: row.cost,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  };
}

const holderOf = ({ pid, host, since }: RunLease) => ({ pid, host, since });

export function runSummary(db: Database.Database, runId: number): RunSummary | null {
  const row = sql(db, `${RUN_SELECT} WHERE r.id = ? GROUP BY r.id`).get(runId) as RunRow | undefined;
  return row ? toSummary(db, row) : null;
}

export function listRuns(db: Database.Database, datasetId?: number): RunSummary[] {
  const rows = (
    datasetId === undefined
      ? sql(db, `${RUN_SELECT} GROUP BY r.id ORDER BY r.id DESC`).all()
      : sql(db, `${RUN_SELECT} WHERE r.dataset_id = ? GROUP BY r.id ORDER BY r.id DESC`).all(datasetId)
  ) as RunRow[];
  return rows.map((row) => toSummary(db, row));
}

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
