// Which judges' verdicts a reviewer may not see yet: on an item of a blind session, each of the
// session's judges until the reviewer has rated the item on it (a confirm or override of theirs).
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

/** Per item of `itemIds`, the judges whose verdicts are withheld from `reviewer`. */
export function withheldJudges(
  db: Database.Database,
  itemIds: readonly number[],
  reviewer: string,
): Map<number, Set<string>> {
  const rows = sql(
    db,
    `SELECT DISTINCT si.item_id AS itemId, sj.value AS judge
       FROM session s
       JOIN session_item si ON si.session_id = s.id
       JOIN json_each(s.judges) sj
      WHERE s.blind = 1 AND si.item_id IN (SELECT value FROM json_each(@items))
        AND NOT EXISTS (
          SELECT 1 FROM latest_label l JOIN judge j ON j.id = l.judge_id JOIN reviewer r ON r.id = l.reviewer_id
           WHERE l.item_id = si.item_id AND j.name = sj.value AND r.name = @reviewer
             AND l.action IN ('confirm', 'override'))`,
  ).all({ items: JSON.stringify(itemIds), reviewer }) as { itemId: number; judge: string }[];
  const withheld = new Map<number, Set<string>>();
  for (const row of rows) {
    const judges = withheld.get(row.itemId) ?? new Set<string>();
    judges.add(row.judge);
    withheld.set(row.itemId, judges);
  }
  return withheld;
}

/** Whether any item of the dataset (or of the session) has a verdict withheld from `reviewer`. */
export function anyWithheld(
  db: Database.Database,
  scope: { datasetId: number; sessionId: number | null },
  reviewer: string,
): boolean {
  return (
    sql(
      db,
      `SELECT 1 FROM session s
         JOIN session_item si ON si.session_id = s.id
         JOIN json_each(s.judges) sj
        WHERE s.blind = 1 AND s.dataset_id = @datasetId AND (@sessionId IS NULL OR s.id = @sessionId)
          AND NOT EXISTS (
            SELECT 1 FROM latest_label l JOIN judge j ON j.id = l.judge_id JOIN reviewer r ON r.id = l.reviewer_id
             WHERE l.item_id = si.item_id AND j.name = sj.value AND r.name = @reviewer
               AND l.action IN ('confirm', 'override'))
        LIMIT 1`,
    ).get({ ...scope, reviewer }) !== undefined
  );
}
