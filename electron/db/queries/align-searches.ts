// Alignment searches: where each one stands (phase), what it built (candidates), the runs it started
// and what the sealed test found, so a search can pause, resume and be shown later.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

export type SearchPhase = 'dev' | 'test' | 'done' | 'paused' | 'failed';

export interface SearchRow<Options, Themes, Candidates, Result> {
  id: number;
  judgeId: number;
  judge: string;
  fromVersionId: number;
  phase: SearchPhase;
  options: Options;
  themes: Themes;
  candidates: Candidates;
  runIds: number[];
  chosenVersionId: number | null;
  result: Result | null;
  message: string | null;
  budget: number | null;
  createdAt: string;
}

interface RawRow {
  id: number;
  judge_id: number;
  judge: string;
  from_version_id: number;
  phase: SearchPhase;
  options: string;
  themes: string;
  candidates: string;
  run_ids: string;
  chosen_version_id: number | null;
  result: string | null;
  message: string | null;
  budget: number | null;
  created_at: string;
}

const SELECT = `SELECT s.*, j.name AS judge FROM align_search s JOIN judge j ON j.id = s.judge_id`;

function toRow<O, T, C, R>(raw: RawRow): SearchRow<O, T, C, R> {
  return {
    id: raw.id,
    judgeId: raw.judge_id,
    judge: raw.judge,
    fromVersionId: raw.from_version_id,
    phase: raw.phase,
    options: JSON.parse(raw.options) as O,
    themes: JSON.parse(raw.themes) as T,
    candidates: JSON.parse(raw.candidates) as C,
    runIds: JSON.parse(raw.run_ids) as number[],
    chosenVersionId: raw.chosen_version_id,
    result: raw.result === null ? null : (JSON.parse(raw.result) as R),
    message: raw.message,
    budget: raw.budget,
    createdAt: raw.created_at,
  };
}

export function insertSearch(
  db: Database.Database,
  row: {
    judgeId: number;
    fromVersionId: number;
    options: unknown;
    themes: unknown;
    candidates: unknown;
    budget: number | null;
    now: string;
  },
): number {
  return Number(
    sql(
      db,
      `INSERT INTO align_search (judge_id, from_version_id, phase, options, themes, candidates, budget, created_at, updated_at)
       VALUES (?, ?, 'dev', ?, ?, ?, ?, ?, ?)`,
    ).run(
      row.judgeId,
      row.fromVersionId,
      JSON.stringify(row.options),
      JSON.stringify(row.themes),
      JSON.stringify(row.candidates),
      row.budget,
      row.now,
      row.now,
    ).lastInsertRowid,
  );
}

export function searchById<O, T, C, R>(db: Database.Database, id: number): SearchRow<O, T, C, R> | null {
  const raw = sql(db, `${SELECT} WHERE s.id = ?`).get(id) as RawRow | undefined;
  return raw ? toRow(raw) : null;
}

export function listSearches<O, T, C, R>(db: Database.Database, judgeId: number | null): SearchRow<O, T, C, R>[] {
  return (
    sql(db, `${SELECT} WHERE @judgeId IS NULL OR s.judge_id = @judgeId ORDER BY s.id`).all({ judgeId }) as RawRow[]
  ).map((raw) => toRow<O, T, C, R>(raw));
}

/** Records where the search stands; fields left out keep their value. */
export function updateSearch(
  db: Database.Database,
  id: number,
  change: {
    phase?: SearchPhase;
    options?: unknown;
    runIds?: number[];
    chosenVersionId?: number;
    result?: unknown;
    message?: string | null;
    budget?: number | null;
    cost?: number;
  },
  now: string,
): void {
  sql(
    db,
    `UPDATE align_search SET
       phase = coalesce(@phase, phase),
       options = coalesce(@options, options),
       run_ids = coalesce(@runIds, run_ids),
       chosen_version_id = coalesce(@chosen, chosen_version_id),
       result = coalesce(@result, result),
       message = CASE WHEN @keepMessage THEN message ELSE @message END,
       budget = CASE WHEN @keepBudget THEN budget ELSE @budget END,
       cost = coalesce(@cost, cost),
       updated_at = @now
     WHERE id = @id`,
  ).run({
    id,
    phase: change.phase ?? null,
    options: change.options === undefined ? null : JSON.stringify(change.options),
    runIds: change.runIds ? JSON.stringify(change.runIds) : null,
    chosen: change.chosenVersionId ?? null,
    result: change.result === undefined ? null : JSON.stringify(change.result),
    keepMessage: change.message === undefined ? 1 : 0,
    message: change.message ?? null,
    keepBudget: change.budget === undefined ? 1 : 0,
    budget: change.budget ?? null,
    cost: change.cost ?? null,
    now,
  });
}
