// Calibrations ("close the loop") and each judge's fixed hold-out of labelled items.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';
import { immediateTransaction } from '../immediate';

export interface HoldoutRow {
  share: number;
  seed: number;
  itemIds: number[];
}

export function judgeHoldout(db: Database.Database, judgeId: number): HoldoutRow | null {
  const row = sql(db, 'SELECT share, seed, item_ids FROM calibration_holdout WHERE judge_id = ?').get(judgeId) as
    { share: number; seed: number; item_ids: string } | undefined;
  return row ? { share: row.share, seed: row.seed, itemIds: JSON.parse(row.item_ids) as number[] } : null;
}

/** Fixes the judge's hold-out; one already fixed is kept (the first writer wins). */
export function saveHoldout(db: Database.Database, judgeId: number, holdout: HoldoutRow, now: string): void {
  sql(
    db,
    `INSERT INTO calibration_holdout (judge_id, share, seed, item_ids, created_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (judge_id) DO NOTHING`,
  ).run(judgeId, holdout.share, holdout.seed, JSON.stringify(holdout.itemIds), now);
}

export interface CalibrationRow {
  id: number;
  judge: string;
  fromVersion: number;
  toVersion: number;
  runIds: number[];
  reviewer: string | null;
  holdout: number;
  seed: number;
  /** Item ids of the examples, in prompt order. */
  examples: number[];
  /** Item ids the new version is measured on. */
  measured: number[];
  createdAt: string;
}

export type NewCalibration = Omit<CalibrationRow, 'id' | 'judge' | 'fromVersion' | 'toVersion'> & {
  judgeId: number;
  fromVersionId: number;
  toVersionId: number;
};

/** The calibration and its runs, together. */
export function insertCalibration(db: Database.Database, row: NewCalibration): number {
  return immediateTransaction(db, () => {
    const id = Number(
      sql(
        db,
        `INSERT INTO calibration (judge_id, from_version_id, to_version_id, reviewer, holdout, seed, examples,
                                measured, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        row.judgeId,
        row.fromVersionId,
        row.toVersionId,
        row.reviewer,
        row.holdout,
        row.seed,
        JSON.stringify(row.examples),
        JSON.stringify(row.measured),
        row.createdAt,
      ).lastInsertRowid,
    );
    const addRun = sql(db, 'INSERT INTO calibration_run (calibration_id, run_id) VALUES (?, ?)');
    for (const runId of row.runIds) addRun.run(id, runId);
    return id;
  });
}

const SELECT = `
  SELECT c.id, j.name AS judge, f.version AS fromVersion, t.version AS toVersion,
         (SELECT json_group_array(run_id) FROM (SELECT run_id FROM calibration_run r WHERE r.calibration_id = c.id
                                                 ORDER BY run_id)) AS runIds,
         c.reviewer,
         c.holdout, c.seed, c.examples, c.measured, c.created_at AS createdAt
    FROM calibration c JOIN judge j ON j.id = c.judge_id
    JOIN judge_version f ON f.id = c.from_version_id JOIN judge_version t ON t.id = c.to_version_id`;

type StoredRow = Omit<CalibrationRow, 'examples' | 'measured' | 'runIds'> & {
  examples: string;
  measured: string;
  runIds: string;
};

const parse = (row: StoredRow): CalibrationRow => ({
  ...row,
  runIds: JSON.parse(row.runIds) as number[],
  examples: JSON.parse(row.examples) as number[],
  measured: JSON.parse(row.measured) as number[],
});

export function calibrationById(db: Database.Database, id: number): CalibrationRow | null {
  const row = sql(db, `${SELECT} WHERE c.id = ?`).get(id) as StoredRow | undefined;
  return row ? parse(row) : null;
}

/** Newest first; every judge's when `judge` is null. */
export function listCalibrations(db: Database.Database, judge: string | null): CalibrationRow[] {
  return (
    sql(db, `${SELECT} WHERE @judge IS NULL OR j.name = @judge ORDER BY c.id DESC`).all({ judge }) as StoredRow[]
  ).map(parse);
}
