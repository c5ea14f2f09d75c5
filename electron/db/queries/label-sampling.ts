// How the items behind labels were drawn: each label's session (none for labels given outside any
// session or imported), that session's sampling and the item's chance of being drawn in it.
import type Database from 'better-sqlite3';
import type { SessionSampling } from '../../../shared/sampling';
import { sql } from '../statement-cache';

export interface LabelSampling {
  labelId: number;
  /** Null when the label was given outside any session. */
  sessionId: number | null;
  /** Null when the session's sampling was never recorded. */
  sampling: SessionSampling | null;
  inclusionProbability: number | null;
}

export function labelSamplings(db: Database.Database, labelIds: readonly number[]): Map<number, LabelSampling> {
  const rows = sql(
    db,
    `SELECT l.id AS labelId, l.session_id AS sessionId, s.sampling, si.inclusion_probability AS inclusionProbability
       FROM label l
       LEFT JOIN session s ON s.id = l.session_id
       LEFT JOIN session_item si ON si.session_id = l.session_id AND si.item_id = l.item_id
      WHERE l.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(labelIds)) as (Omit<LabelSampling, 'sampling'> & { sampling: string | null })[];
  return new Map(
    rows.map((row) => [
      row.labelId,
      { ...row, sampling: row.sampling === null ? null : (JSON.parse(row.sampling) as SessionSampling) },
    ]),
  );
}
