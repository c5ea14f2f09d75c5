// A judge's curated few-shot set: which reviewed items and labels, in prompt order, with the
// curator's wording of each rationale. One set per judge; saving replaces it whole.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';
import { immediateTransaction } from '../immediate';

export interface CuratedExampleRow {
  itemId: number;
  labelId: number;
  rationale: string;
}

export interface SavedFewShotSet {
  savedAt: string;
  examples: CuratedExampleRow[];
}

export function savedFewShotSet(db: Database.Database, judgeId: number): SavedFewShotSet | null {
  const set = sql(db, 'SELECT id, created_at FROM fewshot_set WHERE judge_id = ?').get(judgeId) as
    { id: number; created_at: string } | undefined;
  if (!set) return null;
  const examples = sql(
    db,
    `SELECT item_id AS itemId, label_id AS labelId, rationale FROM fewshot_example WHERE set_id = ? ORDER BY position`,
  ).all(set.id) as CuratedExampleRow[];
  return { savedAt: set.created_at, examples };
}

/** Replaces the judge's set with these examples in this order; an empty list leaves no set. */
export function replaceFewShotSet(
  db: Database.Database,
  judgeId: number,
  examples: readonly CuratedExampleRow[],
  now: string,
): void {
  immediateTransaction(db, () => {
    sql(db, 'DELETE FROM fewshot_set WHERE judge_id = ?').run(judgeId);
    if (examples.length === 0) return;
    const setId = Number(
      sql(db, "INSERT INTO fewshot_set (judge_id, name, created_at) VALUES (?, 'curated', ?)").run(judgeId, now)
        .lastInsertRowid,
    );
    const insert = sql(
      db,
      'INSERT INTO fewshot_example (set_id, position, item_id, label_id, rationale) VALUES (?, ?, ?, ?, ?)',
    );
    examples.forEach((example, position) =>
      insert.run(setId, position, example.itemId, example.labelId, example.rationale),
    );
  });
}
