// Read side of datasets: what the datasets list shows.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';
import type { DatasetSummary, ImportFormat } from '../../../shared/domain';
import { groupBy } from '../../../shared/group-by';

interface DatasetRow {
  id: number;
  name: string;
  source_format: ImportFormat | null;
  created_at: string;
  items: number;
}

export function listDatasets(db: Database.Database): DatasetSummary[] {
  const rows = sql(
    db,
    `SELECT d.id, d.name, d.source_format, d.created_at,
              (SELECT count(*) FROM item i WHERE i.dataset_id = d.id) AS items
         FROM dataset d ORDER BY d.created_at DESC, d.id DESC`,
  ).all() as DatasetRow[];
  const judges = judgesByDataset(db);
  const reviewed = reviewedByDataset(db);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    items: row.items,
    createdAt: row.created_at,
    sourceFormat: row.source_format,
    judges: judges.get(row.id) ?? [],
    reviewed: reviewed.get(row.id) ?? {},
  }));
}

/** Per dataset and judge, the items some reviewer has confirmed or overridden. */
function reviewedByDataset(db: Database.Database): Map<number, Record<string, number>> {
  const rows = sql(
    db,
    `SELECT i.dataset_id, j.name, count(DISTINCT l.item_id) AS items FROM latest_label l
       JOIN item i ON i.id = l.item_id
       JOIN judge j ON j.id = l.judge_id
      WHERE l.action IN ('confirm', 'override')
      GROUP BY i.dataset_id, j.name`,
  ).all() as { dataset_id: number; name: string; items: number }[];
  const byDataset = new Map<number, Record<string, number>>();
  for (const row of rows) byDataset.set(row.dataset_id, { ...byDataset.get(row.dataset_id), [row.name]: row.items });
  return byDataset;
}

/** Judges with verdicts (from any run) or human labels on a dataset's items. */
function judgesByDataset(db: Database.Database): Map<number, string[]> {
  const rows = sql(
    db,
    `SELECT r.dataset_id, j.name FROM run r
         JOIN run_judge rj ON rj.run_id = r.id
         JOIN judge_version v ON v.id = rj.judge_version_id
         JOIN judge j ON j.id = v.judge_id
       UNION
       SELECT i.dataset_id, j.name FROM label l
         JOIN item i ON i.id = l.item_id
         JOIN judge j ON j.id = l.judge_id
       ORDER BY 2`,
  ).all() as { dataset_id: number; name: string }[];
  const byDataset = groupBy(rows, (row) => row.dataset_id);
  return new Map([...byDataset].map(([datasetId, judges]) => [datasetId, judges.map((row) => row.name)]));
}

export function countDatasets(db: Database.Database): number {
  return (sql(db, 'SELECT count(*) AS n FROM dataset').get() as { n: number }).n;
}

export function datasetExists(db: Database.Database, id: number): boolean {
  return sql(db, 'SELECT 1 FROM dataset WHERE id = ?').get(id) !== undefined;
}

export function datasetNameById(db: Database.Database, id: number): string | undefined {
  return (sql(db, 'SELECT name FROM dataset WHERE id = ?').get(id) as { name: string } | undefined)?.name;
}

export function datasetIdByName(db: Database.Database, name: string): number | undefined {
  return (sql(db, 'SELECT id FROM dataset WHERE name = ?').get(name) as { id: number } | undefined)?.id;
}

/** Deletes a dataset with everything under it (the schema cascades); 0 when there was none. */
export function deleteDataset(db: Database.Database, id: number): number {
  return sql(db, 'DELETE FROM dataset WHERE id = ?').run(id).changes;
}
