// Judge audits: what the audit judges again (a judge version's newest done verdicts on a dataset,
// with the run each came from) and the stored findings.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

export interface AuditedVerdictRow {
  itemId: number;
  /** The run whose verdict this is: it tells what the judge saw (a generated or paired answer). */
  runId: number;
}

/** The newest done verdict of this version on each item of the dataset, in item order. */
export function auditedVerdicts(db: Database.Database, versionId: number, datasetId: number): AuditedVerdictRow[] {
  return sql(
    db,
    `SELECT jm.item_id AS itemId, jm.run_id AS runId FROM judgment jm JOIN item i ON i.id = jm.item_id
      WHERE jm.judge_version_id = @versionId AND i.dataset_id = @datasetId AND jm.status = 'done'
        AND jm.id = (SELECT max(j2.id) FROM judgment j2 WHERE j2.judge_version_id = jm.judge_version_id
                      AND j2.item_id = jm.item_id AND j2.status = 'done')
      ORDER BY jm.item_id`,
  ).all({ versionId, datasetId }) as AuditedVerdictRow[];
}

export interface NewAudit {
  judgeVersionId: number;
  datasetId: number;
  paramsJson: string;
  resultJson: string;
  cost: number;
  createdAt: string;
}

export function insertAudit(db: Database.Database, audit: NewAudit): number {
  return Number(
    sql(
      db,
      `INSERT INTO audit (judge_version_id, dataset_id, params, result, cost, created_at)
       VALUES (@judgeVersionId, @datasetId, @paramsJson, @resultJson, @cost, @createdAt)`,
    ).run(audit).lastInsertRowid,
  );
}

export interface AuditRow {
  id: number;
  resultJson: string;
  createdAt: string;
}

/** The newest audit of the judge on the dataset, else on any (of one version, when given). */
export function latestAudit(
  db: Database.Database,
  query: { judge: string; version?: number; datasetId?: number },
): AuditRow | undefined {
  return sql(
    db,
    `SELECT a.id, a.result AS resultJson, a.created_at AS createdAt
       FROM audit a JOIN judge_version v ON v.id = a.judge_version_id JOIN judge j ON j.id = v.judge_id
      WHERE j.name = @judge AND (@datasetId IS NULL OR a.dataset_id = @datasetId) AND (@version IS NULL OR v.version = @version)
      ORDER BY a.id DESC LIMIT 1`,
  ).get({ judge: query.judge, version: query.version ?? null, datasetId: query.datasetId ?? null }) as
    AuditRow | undefined;
}
