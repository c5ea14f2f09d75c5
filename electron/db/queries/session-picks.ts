// What choosing a review session's items reads: each item's latest verdict of a judge, and the signs
// that an item is hard (failed calls, judges disagreeing, uncertain verdicts).
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

/** Latest verdict of a judge per item as its value in words: score, label or yes/no (null without one). */
export function latestVerdictBuckets(
  db: Database.Database,
  datasetId: number,
  judgeId: number | null,
): { id: number; bucket: string | null }[] {
  return sql(
    db,
    `SELECT i.id, (SELECT coalesce(jm.label, CAST(jm.score AS TEXT), CASE jm.pass WHEN 1 THEN 'yes' WHEN 0 THEN 'no' END)
                     FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id
                    WHERE jm.item_id = i.id AND v.judge_id = @judgeId AND jm.status = 'done'
                    ORDER BY jm.id DESC LIMIT 1) AS bucket
       FROM item i WHERE i.dataset_id = @datasetId ORDER BY i.id`,
  ).all({ datasetId, judgeId }) as { id: number; bucket: string | null }[];
}

export interface ItemDifficulty {
  id: number;
  failed: number | null;
  judges_disagree: number;
  uncertainty: number | null;
}

/** Per item: a failed judge call, judges disagreeing on pass, and how spread its most uncertain verdict is. */
export function itemDifficulty(db: Database.Database, datasetId: number): ItemDifficulty[] {
  return sql(
    db,
    `SELECT i.id,
            max(jm.status = 'error') AS failed,
            count(DISTINCT jm.pass) > 1 AS judges_disagree,
            max(CASE WHEN jm.distribution IS NOT NULL
                     THEN 1 - (SELECT max(value) FROM json_each(jm.distribution)) ELSE 0 END) AS uncertainty
       FROM item i LEFT JOIN judgment jm ON jm.item_id = i.id
      WHERE i.dataset_id = ? GROUP BY i.id`,
  ).all(datasetId) as ItemDifficulty[];
}

/** Items of the dataset without a reviewer's confirm or override for the judge, in dataset order. */
export function unlabelledItemIds(db: Database.Database, datasetId: number, judgeId: number | null): number[] {
  const rows = sql(
    db,
    `SELECT i.id FROM item i WHERE i.dataset_id = @datasetId
        AND NOT EXISTS (SELECT 1 FROM latest_label l WHERE l.item_id = i.id AND l.judge_id = @judgeId
                          AND l.action IN ('confirm', 'override'))
      ORDER BY i.id`,
  ).all({ datasetId, judgeId }) as { id: number }[];
  return rows.map((row) => row.id);
}
