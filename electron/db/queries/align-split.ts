// Each judge's development / sealed-test split of its labelled items, stored per item so it never moves.
import type Database from 'better-sqlite3';
import type { SplitPart } from '../../../shared/align-search';
import { sql } from '../statement-cache';
import { immediateTransaction } from '../immediate';

export interface StoredSplit {
  seed: number;
  testShare: number;
  parts: Map<number, SplitPart>;
}

/** The judge's split so far (null when none was fixed yet). */
export function judgeSplit(db: Database.Database, judgeId: number): StoredSplit | null {
  const rows = sql(
    db,
    'SELECT item_id, part, seed, test_share FROM align_split WHERE judge_id = ? ORDER BY item_id',
  ).all(judgeId) as { item_id: number; part: SplitPart; seed: number; test_share: number }[];
  if (rows.length === 0) return null;
  return {
    seed: rows[0]!.seed,
    testShare: rows[0]!.test_share,
    parts: new Map(rows.map((row) => [row.item_id, row.part])),
  };
}

/** Adds items to the judge's split; an item already in it keeps its part (the first writer wins). */
export function addToSplit(
  db: Database.Database,
  judgeId: number,
  split: { seed: number; testShare: number; parts: ReadonlyMap<number, SplitPart> },
  now: string,
): void {
  immediateTransaction(db, () => {
    const insert = sql(
      db,
      `INSERT INTO align_split (judge_id, item_id, part, seed, test_share, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (judge_id, item_id) DO NOTHING`,
    );
    for (const [itemId, part] of split.parts) insert.run(judgeId, itemId, part, split.seed, split.testShare, now);
  });
}
