// The statements a Gavel JSONL restore writes with, beside the import writer: each finds a row by
// what identifies it across workspaces, or adds it. The restore decides which, and counts.
import type Database from 'better-sqlite3';
import type { GavelJudgeVersion, GavelJudgment } from '../formats/gavel/line';
import { sql } from './statement-cache';

export interface DatasetRef {
  id: number;
  name: string;
}

export function datasetRefById(db: Database.Database, id: number): DatasetRef | undefined {
  return sql(db, 'SELECT id, name FROM dataset WHERE id = ?').get(id) as DatasetRef | undefined;
}

export function datasetRefByName(db: Database.Database, name: string): DatasetRef | undefined {
  return sql(db, 'SELECT id, name FROM dataset WHERE name = ?').get(name) as DatasetRef | undefined;
}

export function insertGavelDataset(db: Database.Database, name: string, now: string): DatasetRef {
  return sql(db, "INSERT INTO dataset (name, source_format, created_at) VALUES (?, 'gavel', ?) RETURNING id, name").get(
    name,
    now,
  ) as DatasetRef;
}

/** The provenance row of a restored file in a dataset; its counts are set when the file is done. */
export function insertGavelImport(
  db: Database.Database,
  file: { datasetId: number; fileName: string; fileSha256: string; now: string },
): number {
  return Number(
    sql(
      db,
      `INSERT INTO import (dataset_id, file_name, file_sha256, format, mapping, rows, inserted, created_at)
       VALUES (?, ?, ?, 'gavel', '{}', 0, 0, ?)`,
    ).run(file.datasetId, file.fileName, file.fileSha256, file.now).lastInsertRowid,
  );
}

export function setImportCounts(db: Database.Database, importId: number, rows: number, inserted: number): void {
  sql(db, 'UPDATE import SET rows = ?, inserted = ? WHERE id = ?').run(rows, inserted, importId);
}

export function countItems(db: Database.Database, datasetId: number): number {
  return (sql(db, 'SELECT count(*) AS n FROM item WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
}

export interface RestoredItem {
  datasetId: number;
  key: string;
  request: string | null;
  response: string | null;
  expectedResponse: string | null;
  /** JSON text (or null) of the list and context columns, and of the metadata. */
  expectedFacts: string | null;
  guidelines: string | null;
  retrievedContext: string | null;
  metadata: string;
  source: string;
  importId: number;
  createdAt: string;
}

/** The new item's id, or null when the dataset already has an item under this key (left as it is). */
export function insertItemIfNew(db: Database.Database, item: RestoredItem): number | null {
  const result = sql(
    db,
    `INSERT INTO item (dataset_id, key, request, response, expected_response, expected_facts, guidelines,
                       retrieved_context, metadata, source, import_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dataset_id, key) DO NOTHING`,
  ).run(
    item.datasetId,
    item.key,
    item.request,
    item.response,
    item.expectedResponse,
    item.expectedFacts,
    item.guidelines,
    item.retrievedContext,
    item.metadata,
    item.source,
    item.importId,
    item.createdAt,
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

export function linkRunJudge(db: Database.Database, runId: number, versionId: number): void {
  sql(db, 'INSERT OR IGNORE INTO run_judge (run_id, judge_version_id) VALUES (?, ?)').run(runId, versionId);
}

export interface RestoredJudgment {
  runId: number;
  itemId: number;
  versionId: number;
  judgment: GavelJudgment;
  /** The JSON columns, as text (or null). */
  chunks: string | null;
  distribution: string | null;
}

/** The new judgment's id, or null when the run already judged this item with this version. */
export function insertJudgmentIfNew(db: Database.Database, row: RestoredJudgment): number | null {
  const { judgment } = row;
  const result = sql(
    db,
    `INSERT INTO judgment (run_id, item_id, judge_version_id, status, score, label, pass, justification, raw_output,
                           chunk_results, distribution, error, attempts, latency_ms, input_tokens, output_tokens,
                           cost, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (run_id, item_id, judge_version_id) DO NOTHING`,
  ).run(
    row.runId,
    row.itemId,
    row.versionId,
    judgment.status,
    judgment.score,
    judgment.label,
    judgment.pass === null ? null : judgment.pass ? 1 : 0,
    judgment.justification,
    judgment.rawOutput,
    row.chunks,
    row.distribution,
    judgment.error,
    judgment.attempts,
    judgment.latencyMs,
    judgment.inputTokens,
    judgment.outputTokens,
    judgment.cost,
    judgment.createdAt,
    judgment.updatedAt,
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

export function judgmentIdOf(db: Database.Database, runId: number, itemId: number, versionId: number): number {
  return (
    sql(db, 'SELECT id FROM judgment WHERE run_id = ? AND item_id = ? AND judge_version_id = ?').get(
      runId,
      itemId,
      versionId,
    ) as { id: number }
  ).id;
}

/** A judge keeps the description it has; one without gets the file's. */
export function describeJudgeIfBare(db: Database.Database, judgeId: number, description: string): void {
  sql(db, 'UPDATE judge SET description = ? WHERE id = ? AND description IS NULL').run(description, judgeId);
}

export function versionIdByHash(db: Database.Database, judgeId: number, contentHash: string): number | undefined {
  return (
    sql(db, 'SELECT id FROM judge_version WHERE judge_id = ? AND content_hash = ?').get(judgeId, contentHash) as
      { id: number } | undefined
  )?.id;
}

/** A new version keeps its number unless the judge already uses it, then takes the next free one. */
export function insertRestoredVersion(db: Database.Database, judgeId: number, v: GavelJudgeVersion): number {
  return (
    sql(
      db,
      `INSERT INTO judge_version (judge_id, version, kind, version_label, instructions, output_type, greater_is_better,
                                  provider, model, params, fewshot, source, content_hash, spec, created_at)
       VALUES (@judgeId,
               CASE WHEN EXISTS (SELECT 1 FROM judge_version WHERE judge_id = @judgeId AND version = @version)
                    THEN (SELECT max(version) + 1 FROM judge_version WHERE judge_id = @judgeId) ELSE @version END,
               @kind, @versionLabel, @instructions, @outputType, @greaterIsBetter, @provider, @model, @params,
               @fewshot, @source, @contentHash, @spec, @createdAt)
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
    }) as { id: number }
  ).id;
}

/** A run by its source, or (for runs without one) by name, kind and creation time. */
export function findRestoredRun(
  db: Database.Database,
  datasetId: number,
  run: GavelJudgment['run'],
): number | undefined {
  const found =
    run.source === null
      ? sql(
          db,
          'SELECT id FROM run WHERE dataset_id = ? AND source IS NULL AND name = ? AND kind = ? AND created_at = ?',
        ).get(datasetId, run.name, run.kind, run.createdAt)
      : sql(db, 'SELECT id FROM run WHERE dataset_id = ? AND source = ?').get(datasetId, run.source);
  return (found as { id: number } | undefined)?.id;
}

export function insertRestoredRun(
  db: Database.Database,
  datasetId: number,
  run: GavelJudgment['run'],
  status: GavelJudgment['run']['status'],
): number {
  return (
    sql(
      db,
      `INSERT INTO run (dataset_id, name, kind, source, status, created_at, started_at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(datasetId, run.name, run.kind, run.source, status, run.createdAt, run.startedAt, run.finishedAt) as {
      id: number;
    }
  ).id;
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
