// Read side of items: pages for the virtualized table, and one item with everything about it.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';
import { labelsOfItem } from './labels';
import type { ItemRef } from '../../../shared/calibration';
import type { ItemPage } from '../../../shared/contract';
import type {
  ChunkVerdict,
  ItemDetail,
  ItemFields,
  JudgmentStatus,
  JudgmentView,
  OutputType,
  VerdictCell,
} from '../../../shared/domain';

/** Table cells show the start of long texts; the detail view loads them whole. */
const CELL_CHARS = 300;

interface VerdictRow {
  item_id: number;
  judge: string;
  score: number | null;
  label: string | null;
  pass: number | null;
  status: JudgmentStatus;
}

export function itemPage(db: Database.Database, datasetId: number, offset: number, limit: number): ItemPage {
  const total = (sql(db, 'SELECT count(*) AS n FROM item WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
  const rows = sql(
    db,
    `SELECT id, key, substr(request, 1, ${CELL_CHARS}) AS request, substr(response, 1, ${CELL_CHARS}) AS response,
              substr(expected_response, 1, ${CELL_CHARS}) AS expected_response
         FROM item WHERE dataset_id = ? ORDER BY id LIMIT ? OFFSET ?`,
  ).all(datasetId, limit, offset) as Omit<ItemPage['rows'][number], 'verdicts'>[];

  const verdicts = new Map<number, Record<string, VerdictCell>>();
  if (rows.length > 0) {
    const first = rows[0]!.id;
    const last = rows.at(-1)!.id;
    // Ordered by judgment id so the latest verdict of each judge wins.
    const cells = sql(
      db,
      `SELECT jm.item_id, j.name AS judge, jm.score, jm.label, jm.pass, jm.status
           FROM judgment jm
           JOIN item i ON i.id = jm.item_id
           JOIN judge_version v ON v.id = jm.judge_version_id
           JOIN judge j ON j.id = v.judge_id
          WHERE i.dataset_id = ? AND jm.item_id BETWEEN ? AND ?
          ORDER BY jm.id`,
    ).all(datasetId, first, last) as VerdictRow[];
    for (const cell of cells) {
      const byJudge = verdicts.get(cell.item_id) ?? {};
      byJudge[cell.judge] = {
        score: cell.score,
        label: cell.label,
        pass: cell.pass === null ? null : cell.pass === 1,
        status: cell.status,
      };
      verdicts.set(cell.item_id, byJudge);
    }
  }
  return {
    total,
    offset,
    rows: rows.map((row) => ({ ...row, verdicts: verdicts.get(row.id) ?? {} })),
    judges: datasetJudges(db, datasetId),
  };
}

function datasetJudges(db: Database.Database, datasetId: number): string[] {
  return (
    sql(
      db,
      `SELECT DISTINCT j.name FROM run r
           JOIN run_judge rj ON rj.run_id = r.id
           JOIN judge_version v ON v.id = rj.judge_version_id
           JOIN judge j ON j.id = v.judge_id
          WHERE r.dataset_id = ? ORDER BY j.name`,
    ).all(datasetId) as { name: string }[]
  ).map((row) => row.name);
}

export interface ItemRecord {
  id: number;
  dataset_id: number;
  key: string;
  request: string | null;
  response: string | null;
  expected_response: string | null;
  expected_facts: string | null;
  guidelines: string | null;
  retrieved_context: string | null;
  metadata: string;
  source: string;
}

const parseJson = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export function itemDetail(db: Database.Database, id: number): ItemDetail | null {
  const row = sql(db, 'SELECT * FROM item WHERE id = ?').get(id) as ItemRecord | undefined;
  if (!row) return null;
  return {
    id: row.id,
    datasetId: row.dataset_id,
    key: row.key,
    request: row.request,
    response: row.response,
    expected_response: row.expected_response,
    expected_facts: parseJson(row.expected_facts),
    guidelines: parseJson(row.guidelines),
    retrieved_context: parseJson(row.retrieved_context),
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    sourceRow: JSON.parse(row.source) as unknown,
    judgments: judgmentsOf(db, id),
    labels: labelsOfItem(db, id),
    answers: (
      sql(
        db,
        `SELECT count(*) AS n FROM generation WHERE item_id = ? AND status = 'done' AND response IS NOT NULL`,
      ).get(id) as { n: number }
    ).n,
  };
}

interface JudgmentRecord {
  id: number;
  run_id: number;
  run_name: string;
  judge: string;
  version: number;
  candidate: number;
  version_label: string | null;
  model: string | null;
  output_type: string;
  greater_is_better: number;
  status: JudgmentStatus;
  score: number | null;
  label: string | null;
  pass: number | null;
  justification: string | null;
  error: string | null;
  raw_output: string | null;
  chunk_results: string | null;
  source: string | null;
}

function judgmentsOf(db: Database.Database, itemId: number): JudgmentView[] {
  const rows = sql(
    db,
    `SELECT jm.id, jm.run_id, r.name AS run_name, j.name AS judge, v.version, v.candidate, v.version_label, v.model,
              v.output_type, v.greater_is_better, jm.status, jm.score, jm.label, jm.pass, jm.justification, jm.error, jm.raw_output,
              jm.chunk_results, v.source
         FROM judgment jm
         JOIN run r ON r.id = jm.run_id
         JOIN judge_version v ON v.id = jm.judge_version_id
         JOIN judge j ON j.id = v.judge_id
        WHERE jm.item_id = ? ORDER BY j.name, jm.id`,
  ).all(itemId) as JudgmentRecord[];
  return rows.map((r) => ({
    id: r.id,
    runId: r.run_id,
    runName: r.run_name,
    judge: r.judge,
    judgeVersion: r.version,
    candidate: r.candidate === 1,
    versionLabel: r.version_label,
    model: r.model,
    outputType: JSON.parse(r.output_type) as OutputType,
    greaterIsBetter: r.greater_is_better !== 0,
    status: r.status,
    score: r.score,
    label: r.label,
    pass: r.pass === null ? null : r.pass === 1,
    justification: r.justification,
    error: r.error,
    raw: r.raw_output,
    chunks: parseJson<ChunkVerdict[]>(r.chunk_results),
    source: r.source,
  }));
}

/** The fields of an item a judge's prompt can use, parsed. */
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

/** Every item of a dataset, in import order. */
export function itemIdsOfDataset(db: Database.Database, datasetId: number): number[] {
  return (sql(db, 'SELECT id FROM item WHERE dataset_id = ? ORDER BY id').all(datasetId) as { id: number }[]).map(
    (row) => row.id,
  );
}

/** Dataset and key of each item, by id. */
export function itemRefs(db: Database.Database, itemIds: readonly number[]): Map<number, ItemRef> {
  const rows = sql(
    db,
    `SELECT id AS itemId, dataset_id AS datasetId, key FROM item WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(itemIds)) as ItemRef[];
  return new Map(rows.map((row) => [row.itemId, row]));
}

export function itemExists(db: Database.Database, id: number): boolean {
  return sql(db, 'SELECT 1 FROM item WHERE id = ?').get(id) !== undefined;
}

/** Each item's metadata, parsed. */
export function itemMetadata(db: Database.Database, itemIds: readonly number[]): Map<number, Record<string, unknown>> {
  const rows = sql(db, `SELECT id, metadata FROM item WHERE id IN (SELECT value FROM json_each(?))`).all(
    JSON.stringify(itemIds),
  ) as { id: number; metadata: string }[];
  return new Map(rows.map((row) => [row.id, JSON.parse(row.metadata) as Record<string, unknown>]));
}

/** The day (UTC, YYYY-MM-DD) each item was imported. */
export function itemImportDays(db: Database.Database, itemIds: readonly number[]): Map<number, string> {
  const rows = sql(
    db,
    `SELECT id, substr(created_at, 1, 10) AS day FROM item WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(itemIds)) as { id: number; day: string }[];
  return new Map(rows.map((row) => [row.id, row.day]));
}

/** The day (UTC) the run that gave a judge version's newest finished verdict on each item was created. */
export function verdictRunDays(db: Database.Database, versionId: number): Map<number, string> {
  const rows = sql(
    db,
    `SELECT jm.item_id AS id, substr(r.created_at, 1, 10) AS day FROM judgment jm JOIN run r ON r.id = jm.run_id
      WHERE jm.judge_version_id = ? AND jm.status = 'done'
        AND jm.id = (SELECT max(j2.id) FROM judgment j2 WHERE j2.judge_version_id = jm.judge_version_id
                      AND j2.item_id = jm.item_id AND j2.status = 'done')`,
  ).all(versionId) as { id: number; day: string }[];
  return new Map(rows.map((row) => [row.id, row.day]));
}

export function findItem(db: Database.Database, datasetId: number, key: string): { id: number } | null {
  return (
    (sql(db, 'SELECT id FROM item WHERE dataset_id = ? AND key = ?').get(datasetId, key) as { id: number }) ?? null
  );
}

/** The source row of an item, verbatim as imported. */
export function itemSource(db: Database.Database, id: number): unknown {
  const row = sql(db, 'SELECT source FROM item WHERE id = ?').get(id) as { source: string } | undefined;
  return row ? (JSON.parse(row.source) as unknown) : null;
}
