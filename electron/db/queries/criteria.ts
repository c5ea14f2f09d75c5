// A criterion's scale and polarity: its judge's version when one has verdicts on screen or exists,
// else the scale stored on the criterion itself when experts labelled it before any judge ran.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../../shared/domain';
import type { Polarity } from '../../../shared/verdict-value';
import { sql } from '../statement-cache';

interface PolarityRow {
  output_type: string | null;
  greater_is_better: number | null;
}

const toPolarity = (row: PolarityRow | undefined): Polarity | null =>
  row?.output_type
    ? { outputType: JSON.parse(row.output_type) as OutputType, greaterIsBetter: row.greater_is_better !== 0 }
    : null;

/** The scale of a judgment's own judge version. */
export function judgmentPolarity(db: Database.Database, judgmentId: number): Polarity | null {
  return toPolarity(
    sql(
      db,
      `SELECT v.output_type, v.greater_is_better FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id
        WHERE jm.id = ?`,
    ).get(judgmentId) as PolarityRow | undefined,
  );
}

/** A criterion's scale: its newest judge version's, else its own (a golden set's); null when unknown. */
export function criterionPolarity(db: Database.Database, name: string): Polarity | null {
  const version = sql(
    db,
    `SELECT v.output_type, v.greater_is_better FROM judge_version v JOIN judge j ON j.id = v.judge_id
      WHERE j.name = ? ORDER BY v.version DESC LIMIT 1`,
  ).get(name) as PolarityRow | undefined;
  return (
    toPolarity(version) ??
    toPolarity(
      sql(db, 'SELECT output_type, greater_is_better FROM judge WHERE name = ?').get(name) as PolarityRow | undefined,
    )
  );
}

/** Records the scale a criterion's labels are given on, creating the criterion when new. */
export function defineCriterion(db: Database.Database, name: string, polarity: Polarity, now: string): number {
  const row = sql(
    db,
    `INSERT INTO judge (name, created_at, output_type, greater_is_better) VALUES (@name, @now, @outputType, @greater)
     ON CONFLICT (name) DO UPDATE SET output_type = excluded.output_type, greater_is_better = excluded.greater_is_better
     RETURNING id`,
  ).get({
    name,
    now,
    outputType: JSON.stringify(polarity.outputType),
    greater: polarity.greaterIsBetter ? 1 : 0,
  }) as { id: number };
  return row.id;
}
