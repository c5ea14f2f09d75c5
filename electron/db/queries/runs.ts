// Runs as rows: creating one with its judges and every judgment (and generation) pending, its saved
// settings and totals, and the figures a run summary shows.
import type Database from 'better-sqlite3';
import type { RunSummary } from '../../../shared/contract';
import type { RunStatus } from '../../../shared/judging';
import { immediateTransaction } from '../immediate';
import { sql } from '../statement-cache';
import { LEASE_COLUMNS } from './run-lease';

export interface NewRun {
  datasetId: number;
  name: string;
  itemIds: number[];
  judgeVersionIds: number[];
  /** Stored verbatim; read back by `runSettingsJson`. */
  settingsJson: string;
  /** The candidate model whose answers the run generates, if any. */
  generation?: { provider: string; model: string };
  now: string;
}

export function insertRun(db: Database.Database, plan: NewRun): number {
  return immediateTransaction(db, () => {
    const runId = Number(
      sql(
        db,
        `INSERT INTO run (dataset_id, name, kind, settings, status, created_at) VALUES (?, ?, 'eval', ?, 'pending', ?)`,
      ).run(plan.datasetId, plan.name, plan.settingsJson, plan.now).lastInsertRowid,
    );
    const link = sql(db, 'INSERT INTO run_judge (run_id, judge_version_id) VALUES (?, ?)');
    for (const versionId of plan.judgeVersionIds) link.run(runId, versionId);
    const pending = sql(
      db,
      `INSERT INTO judgment (run_id, item_id, judge_version_id, status, created_at, updated_at)
       VALUES (?, ?, ?, 'pending', ?, ?)`,
    );
    for (const itemId of plan.itemIds) {
      for (const versionId of plan.judgeVersionIds) pending.run(runId, itemId, versionId, plan.now, plan.now);
    }
    const candidate = plan.generation;
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

export function runSettingsJson(db: Database.Database, runId: number): string {
  return (sql(db, 'SELECT settings FROM run WHERE id = ?').get(runId) as { settings: string }).settings;
}

export function saveRunTotals(db: Database.Database, runId: number, totalsJson: string): void {
  sql(db, 'UPDATE run SET totals = ? WHERE id = ?').run(totalsJson, runId);
}

export interface RunRow {
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

export function runRow(db: Database.Database, runId: number): RunRow | undefined {
  return sql(db, `${RUN_SELECT} WHERE r.id = ? GROUP BY r.id`).get(runId) as RunRow | undefined;
}

/** Newest first, of one dataset or all. */
export function runRows(db: Database.Database, datasetId?: number): RunRow[] {
  return (
    datasetId === undefined
      ? sql(db, `${RUN_SELECT} GROUP BY r.id ORDER BY r.id DESC`).all()
      : sql(db, `${RUN_SELECT} WHERE r.dataset_id = ? GROUP BY r.id ORDER BY r.id DESC`).all(datasetId)
  ) as RunRow[];
}

export function judgesOfRun(db: Database.Database, runId: number): RunSummary['judges'] {
  return sql(
    db,
    `SELECT j.name AS judge, v.version, v.id AS judgeVersionId FROM run_judge rj
       JOIN judge_version v ON v.id = rj.judge_version_id JOIN judge j ON j.id = v.judge_id
      WHERE rj.run_id = ? ORDER BY j.name`,
  ).all(runId) as RunSummary['judges'];
}

/** The message of the run's earliest failed judgment. */
export function firstJudgmentError(db: Database.Database, runId: number): string | null {
  return (
    sql(db, `SELECT error FROM judgment WHERE run_id = ? AND status = 'error' ORDER BY updated_at, id LIMIT 1`).get(
      runId,
    ) as { error: string | null }
  ).error;
}
