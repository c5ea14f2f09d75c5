// What pairing a judge version with the humans reads: the version, its finished verdicts and the
// reviewers' latest labels on the same judge.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

export interface PairedVersionRow {
  id: number;
  version: number;
  output_type: string;
  greater_is_better: number;
}

/** The newest ordinary version (or the one asked for, candidate or not) that has finished verdicts. */
export function versionWithVerdicts(
  db: Database.Database,
  query: { judge: string; version?: number },
): PairedVersionRow | undefined {
  return sql(
    db,
    `SELECT v.id, v.version, v.output_type, v.greater_is_better FROM judge_version v JOIN judge j ON j.id = v.judge_id
      WHERE j.name = @judge AND (@version IS NULL AND v.candidate = 0 OR v.version = @version)
        AND EXISTS (SELECT 1 FROM judgment jm WHERE jm.judge_version_id = v.id AND jm.status = 'done')
      ORDER BY v.version DESC LIMIT 1`,
  ).get({ judge: query.judge, version: query.version ?? null }) as PairedVersionRow | undefined;
}

export interface FinishedVerdictRow {
  itemId: number;
  key: string;
  score: number | null;
  label: string | null;
  pass: number | null;
  justification: string | null;
}

/** The newest finished verdict of this version per item (of one dataset, when given). */
export function finishedVerdicts(
  db: Database.Database,
  versionId: number,
  datasetId: number | null = null,
): FinishedVerdictRow[] {
  return sql(
    db,
    `SELECT jm.item_id AS itemId, i.key, jm.score, jm.label, jm.pass, jm.justification FROM judgment jm JOIN item i ON i.id = jm.item_id
      WHERE jm.judge_version_id = @versionId AND jm.status = 'done' AND (@datasetId IS NULL OR i.dataset_id = @datasetId)
        AND jm.id = (SELECT max(j2.id) FROM judgment j2 WHERE j2.judge_version_id = jm.judge_version_id
                      AND j2.item_id = jm.item_id AND j2.status = 'done')`,
  ).all({ versionId, datasetId }) as FinishedVerdictRow[];
}

export interface HumanLabel {
  labelId: number;
  itemId: number;
  reviewer: string;
  score: number | null;
  label: string | null;
  pass: number | null;
  rationale: string | null;
  source: string | null;
}

/**
 * Every reviewer's latest verdict label on the judge. Labels given while a verdict on another scale
 * was on screen rate something else: left out, as are golden-set labels given on another kind of
 * scale than this version's (`outputTypeJson`).
 */
export function humanVerdictLabels(db: Database.Database, judge: string, outputTypeJson: string): HumanLabel[] {
  return sql(
    db,
    `SELECT l.label_id AS labelId, l.item_id AS itemId, rv.name AS reviewer, l.score, l.label, l.pass,
            stored.rationale, l.source
       FROM latest_label l JOIN reviewer rv ON rv.id = l.reviewer_id JOIN judge j ON j.id = l.judge_id
       JOIN label stored ON stored.id = l.label_id
       LEFT JOIN judgment seen ON seen.id = stored.judgment_id
       LEFT JOIN judge_version seen_version ON seen_version.id = seen.judge_version_id
      WHERE j.name = @judge AND l.action IN ('confirm', 'override')
        AND coalesce(seen_version.output_type, @outputType) = @outputType
        AND (j.output_type IS NULL OR j.output_type ->> '$.kind' = @outputType ->> '$.kind')`,
  ).all({ judge, outputType: outputTypeJson }) as HumanLabel[];
}
