// Keeps `latest_verdict` (each judge's newest finished judgment per item) current after judgments
// are written: in bulk for an imported or finished batch, one set-based statement. A candidate
// version's verdicts (an alignment search's) are not the judge's verdicts until it is promoted.
import type Database from 'better-sqlite3';
import { sql } from './statement-cache';

const UPSERT = `
  INSERT INTO latest_verdict (item_id, judge_id, judgment_id, status, score, label, pass)
  SELECT jm.item_id, v.judge_id, jm.id, jm.status, jm.score, jm.label, jm.pass
    FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id
   WHERE %WHERE% AND jm.status IN ('done', 'error') AND v.candidate = 0
   ORDER BY jm.id
  ON CONFLICT (item_id, judge_id) DO UPDATE SET
    judgment_id = excluded.judgment_id, status = excluded.status, score = excluded.score,
    label = excluded.label, pass = excluded.pass
  WHERE excluded.judgment_id >= latest_verdict.judgment_id`;

/** After judgments of a run were written (an import, or a batch the runner committed). */
export function refreshLatestVerdictsOfRun(db: Database.Database, runId: number): void {
  sql(db, UPSERT.replace('%WHERE%', 'jm.run_id = ?')).run(runId);
}

/** After these judgments were finished. */
export function refreshLatestVerdicts(db: Database.Database, judgmentIds: number[]): void {
  sql(db, UPSERT.replace('%WHERE%', 'jm.id IN (SELECT value FROM json_each(?))')).run(JSON.stringify(judgmentIds));
}

/** After a candidate version was promoted: its verdicts become the judge's where they are the newest. */
export function refreshLatestVerdictsOfVersion(db: Database.Database, versionId: number): void {
  sql(db, UPSERT.replace('%WHERE%', 'jm.judge_version_id = ?')).run(versionId);
}
