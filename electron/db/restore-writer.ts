// The statements only a Gavel JSONL restore writes with; the rows every import writes (datasets,
// items, runs, judgments, judges, reviewers) are import-rows.ts's. Each finds a row by what
// identifies it across workspaces, or adds it. The restore decides which, and counts.
import type Database from 'better-sqlite3';
import type { GavelJudgeVersion, GavelJudgment } from '../formats/gavel/line';
import { runIdBySource } from './import-rows';
import { sql } from './statement-cache';

/** A judge keeps the description it has; one without gets the file's. */
export function describeJudgeIfBare(db: Database.Database, judgeId: number, description: string): void {
  sql(db, 'UPDATE judge SET description = ? WHERE id = ? AND description IS NULL').run(description, judgeId);
}

/** A new version keeps its number unless the judge already uses it, then takes the next free one. */
export function insertRestoredVersion(db: Database.Database, judgeId: number, v: GavelJudgeVersion): number {
  return (
    sql(
      db,
      `INSERT INTO judge_version (judge_id, version, kind, version_label, instructions, output_type, greater_is_better,
                                  provider, model, params, fewshot, source, content_hash, spec, created_at, candidate)
       VALUES (@judgeId,
               CASE WHEN EXISTS (SELECT 1 FROM judge_version WHERE judge_id = @judgeId AND version = @version)
                    THEN (SELECT max(version) + 1 FROM judge_version WHERE judge_id = @judgeId) ELSE @version END,
               @kind, @versionLabel, @instructions, @outputType, @greaterIsBetter, @provider, @model, @params,
               @fewshot, @source, @contentHash, @spec, @createdAt, @candidate)
       RETURNING id`,
    ).get({
      judgeId,
      version: v.version,
      kind: v.kind,
      versionLabel: v.versionLabel,
      instructions: v.instructions,
      outputType: JSON.stringify(v.outputType),
      greaterIsBetter: v.greaterIsBetter ? 1 : 0,
      provider: v.provider,
      model: v.model,
      params: JSON.stringify(v.params),
      fewshot: JSON.stringify(v.fewshot),
      source: v.source,
      contentHash: v.contentHash,
      spec: v.spec === null ? null : JSON.stringify(v.spec),
      createdAt: v.createdAt,
      candidate: v.candidate ? 1 : 0,
    }) as { id: number }
  ).id;
}

/** A run by its source, or (for runs without one) by name, kind and creation time. */
export function findRestoredRun(
  db: Database.Database,
  datasetId: number,
  run: GavelJudgment['run'],
): number | undefined {
  if (run.source !== null) return runIdBySource(db, datasetId, run.source);
  const found = sql(
    db,
    'SELECT id FROM run WHERE dataset_id = ? AND source IS NULL AND name = ? AND kind = ? AND created_at = ?',
  ).get(datasetId, run.name, run.kind, run.createdAt) as { id: number } | undefined;
  return found?.id;
}

/** Whether the reviewer already made this action on the item's judge at this time. */
export function hasLabelAt(
  db: Database.Database,
  label: { itemId: number; judgeId: number; reviewerId: number; createdAt: string; action: string },
): boolean {
  return (
    sql(
      db,
      `SELECT 1 FROM label WHERE item_id = ? AND judge_id = ? AND reviewer_id = ? AND created_at = ? AND action = ?`,
    ).get(label.itemId, label.judgeId, label.reviewerId, label.createdAt, label.action) !== undefined
  );
}
