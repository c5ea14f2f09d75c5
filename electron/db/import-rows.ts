// The rows every import writes, one definition for the import writer and the Gavel JSONL restore:
// a dataset and the provenance of the file in it, items, imported runs and their judgments, and the
// judges and reviewers they name. Each finds a row by what identifies it, or adds it.
import type Database from 'better-sqlite3';
import type { ImportFormat, ItemFields } from '../../shared/domain';
import { ensureJudge, ensureReviewer } from './queries/labels';
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

export function insertDataset(db: Database.Database, name: string, format: ImportFormat, now: string): DatasetRef {
  return sql(db, 'INSERT INTO dataset (name, source_format, created_at) VALUES (?, ?, ?) RETURNING id, name').get(
    name,
    format,
    now,
  ) as DatasetRef;
}

/** The provenance row of a file imported into a dataset; its counts are set when the file is done. */
export function insertImport(
  db: Database.Database,
  file: { datasetId: number; fileName: string; fileSha256: string; format: ImportFormat; mapping: string; now: string },
): number {
  return Number(
    sql(
      db,
      `INSERT INTO import (dataset_id, file_name, file_sha256, format, mapping, rows, inserted, created_at)
       VALUES (?, ?, ?, ?, ?, 0, 0, ?)`,
    ).run(file.datasetId, file.fileName, file.fileSha256, file.format, file.mapping, file.now).lastInsertRowid,
  );
}

export function setImportCounts(db: Database.Database, importId: number, rows: number, inserted: number): void {
  sql(db, 'UPDATE import SET rows = ?, inserted = ? WHERE id = ?').run(rows, inserted, importId);
}

export function countItems(db: Database.Database, datasetId: number): number {
  return (sql(db, 'SELECT count(*) AS n FROM item WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
}

export interface ImportedItemRow {
  datasetId: number;
  key: string;
  fields: ItemFields;
  /** The item's source row, as JSON text. */
  source: string;
  importId: number;
  createdAt: string;
}

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/**
 * The new item's id, or null when the dataset already has an item under this key (left as it is).
 * The hot statement of an import: positional parameters and no RETURNING (both measurably slower).
 */
export function insertItemIfNew(db: Database.Database, item: ImportedItemRow): number | null {
  const result = sql(
    db,
    `INSERT INTO item (dataset_id, key, request, response, expected_response, expected_facts, guidelines,
                       retrieved_context, metadata, source, import_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (dataset_id, key) DO NOTHING`,
  ).run(
    item.datasetId,
    item.key,
    item.fields.request,
    item.fields.response,
    item.fields.expected_response,
    json(item.fields.expected_facts),
    json(item.fields.guidelines),
    json(item.fields.retrieved_context),
    JSON.stringify(item.fields.metadata),
    item.source,
    item.importId,
    item.createdAt,
  );
  return result.changes === 1 ? Number(result.lastInsertRowid) : null;
}

export interface ImportedRunRow {
  name: string;
  kind: 'eval' | 'imported';
  source: string | null;
  status: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export function runIdBySource(db: Database.Database, datasetId: number, source: string): number | undefined {
  return (
    sql(db, 'SELECT id FROM run WHERE dataset_id = ? AND source = ?').get(datasetId, source) as
      { id: number } | undefined
  )?.id;
}

export function insertRun(db: Database.Database, datasetId: number, run: ImportedRunRow): number {
  return (
    sql(
      db,
      `INSERT INTO run (dataset_id, name, kind, source, status, created_at, started_at, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(datasetId, run.name, run.kind, run.source, run.status, run.createdAt, run.startedAt, run.finishedAt) as {
      id: number;
    }
  ).id;
}

export function linkRunJudge(db: Database.Database, runId: number, versionId: number): void {
  sql(db, 'INSERT OR IGNORE INTO run_judge (run_id, judge_version_id) VALUES (?, ?)').run(runId, versionId);
}

export interface ImportedJudgmentRow {
  runId: number;
  itemId: number;
  versionId: number;
  status: string;
  score: number | null;
  label: string | null;
  pass: boolean | null;
  justification: string | null;
  rawOutput: string | null;
  /** The JSON columns, as text (or null). */
  chunks: string | null;
  distribution: string | null;
  error: string | null;
  attempts: number;
  latencyMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  cost: number | null;
  createdAt: string;
  updatedAt: string;
}

/** The new judgment's id, or null when the run already judged this item with this version. */
export function insertJudgmentIfNew(db: Database.Database, row: ImportedJudgmentRow): number | null {
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
    row.status,
    row.score,
    row.label,
    row.pass === null ? null : row.pass ? 1 : 0,
    row.justification,
    row.rawOutput,
    row.chunks,
    row.distribution,
    row.error,
    row.attempts,
    row.latencyMs,
    row.inputTokens,
    row.outputTokens,
    row.cost,
    row.createdAt,
    row.updatedAt,
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

export function versionIdByHash(db: Database.Database, judgeId: number, contentHash: string): number | undefined {
  return (
    sql(db, 'SELECT id FROM judge_version WHERE judge_id = ? AND content_hash = ?').get(judgeId, contentHash) as
      { id: number } | undefined
  )?.id;
}

/**
 * The ids of the judges and reviewers a file names, each looked up (or added) once per file rather
 * than once per row. Names are listed in the order first seen.
 */
export class NamedIds {
  private readonly judges = new Map<string, number>();
  private readonly reviewers = new Map<string, number>();

  constructor(private readonly db: Database.Database) {}

  judge(name: string, now: string): number {
    return cached(this.judges, name, () => ensureJudge(this.db, name, now));
  }

  reviewer(name: string, now: string): number {
    return cached(this.reviewers, name, () => ensureReviewer(this.db, name, now));
  }

  judgeNames(): string[] {
    return [...this.judges.keys()];
  }

  reviewerNames(): string[] {
    return [...this.reviewers.keys()];
  }
}

/** The value under `key`, computed and kept on first use. */
export function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute();
    cache.set(key, value);
  }
  return value;
}
