// Judges and their immutable versions.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../../shared/domain';
import type { JudgeSpec, JudgeSummary, JudgeVersionView } from '../../../shared/judging';
import { GavelError } from '../../../shared/result';
import { sql } from '../statement-cache';
import { immediateTransaction } from '../immediate';
import { refreshLatestVerdictsOfVersion } from '../latest-verdicts';

interface VersionRow {
  id: number;
  judge_id: number;
  judge: string;
  version: number;
  kind: JudgeVersionView['kind'];
  content_hash: string;
  created_at: string;
  spec: string | null;
  output_type: string;
  version_label: string | null;
  model: string | null;
  source: string | null;
  candidate: number;
}

const VERSION_COLUMNS = `v.id, v.judge_id, j.name AS judge, v.version, v.kind, v.content_hash, v.created_at, v.spec,
  v.output_type, v.version_label, v.model, v.source, v.candidate`;

/** The judge's current version: its newest that is not a candidate (alignment saves candidates). */
export const CURRENT_VERSION = `(SELECT max(version) FROM judge_version m WHERE m.judge_id = j.id AND m.candidate = 0)`;

function toView(row: VersionRow): JudgeVersionView {
  return {
    id: row.id,
    judgeId: row.judge_id,
    judge: row.judge,
    version: row.version,
    kind: row.kind,
    contentHash: row.content_hash,
    createdAt: row.created_at,
    spec: row.spec === null ? null : (JSON.parse(row.spec) as JudgeSpec),
    outputType: JSON.parse(row.output_type) as OutputType,
    versionLabel: row.version_label,
    model: row.model,
    source: row.source,
    candidate: row.candidate === 1,
  };
}

export function listJudges(db: Database.Database): JudgeSummary[] {
  const rows = sql(
    db,
    `SELECT ${VERSION_COLUMNS}, j.description, (SELECT count(*) FROM judge_version c WHERE c.judge_id = j.id) AS versions
       FROM judge j JOIN judge_version v ON v.judge_id = j.id
      WHERE v.version = ${CURRENT_VERSION}
      ORDER BY j.name`,
  ).all() as (VersionRow & { description: string | null; versions: number })[];
  return rows.map((row) => ({
    id: row.judge_id,
    name: row.judge,
    description: row.description,
    versions: row.versions,
    latest: toView(row),
  }));
}

export function judgeVersions(db: Database.Database, name: string): JudgeVersionView[] {
  return (
    sql(
      db,
      `SELECT ${VERSION_COLUMNS} FROM judge_version v JOIN judge j ON j.id = v.judge_id
        WHERE j.name = ? ORDER BY v.version`,
    ).all(name) as VersionRow[]
  ).map(toView);
}

export function judgeVersion(db: Database.Database, id: number): JudgeVersionView | null {
  const row = sql(
    db,
    `SELECT ${VERSION_COLUMNS} FROM judge_version v JOIN judge j ON j.id = v.judge_id WHERE v.id = ?`,
  ).get(id) as VersionRow | undefined;
  return row ? toView(row) : null;
}

/**
 * The version with this definition, creating the judge and/or the version when new. A candidate is
 * saved aside (not the judge's current version); saving a candidate's definition the ordinary way
 * makes it an ordinary version, and saving an ordinary one as a candidate leaves it ordinary.
 */
export function saveJudgeVersion(
  db: Database.Database,
  name: string,
  spec: JudgeSpec,
  hash: string,
  now: string,
  options: { candidate?: boolean } = {},
): { versionId: number; created: boolean } {
  const candidate = options.candidate === true;
  return immediateTransaction(db, () => {
    const judge =
      (sql(db, 'SELECT id FROM judge WHERE name = ?').get(name) as { id: number } | undefined) ??
      (sql(db, 'INSERT INTO judge (name, description, created_at) VALUES (?, ?, ?) RETURNING id').get(
        name,
        spec.description || null,
        now,
      ) as { id: number });
    const existing = sql(db, 'SELECT id FROM judge_version WHERE judge_id = ? AND content_hash = ?').get(
      judge.id,
      hash,
    ) as { id: number } | undefined;
    if (existing) {
      if (!candidate) promoteJudgeVersion(db, existing.id);
      return { versionId: existing.id, created: false };
    }
    const next = (
      sql(db, 'SELECT coalesce(max(version), 0) + 1 AS v FROM judge_version WHERE judge_id = ?').get(judge.id) as {
        v: number;
      }
    ).v;
    const { lastInsertRowid } = sql(
      db,
      `INSERT INTO judge_version (judge_id, version, kind, instructions, output_type, greater_is_better, provider,
                                  model, params, fewshot, spec, content_hash, created_at, candidate)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      judge.id,
      next,
      spec.kind,
      spec.instructions,
      JSON.stringify(spec.outputType),
      spec.greaterIsBetter ? 1 : 0,
      spec.provider,
      spec.model,
      JSON.stringify(spec.params),
      JSON.stringify(spec.fewshot),
      JSON.stringify(spec),
      hash,
      now,
      candidate ? 1 : 0,
    );
    return { versionId: Number(lastInsertRowid), created: true };
  });
}

/**
 * Makes a candidate an ordinary version: the newest ordinary one is the judge's current version, and
 * its verdicts now count as the judge's on the review desk.
 */
export function promoteJudgeVersion(db: Database.Database, versionId: number): void {
  immediateTransaction(db, () => {
    const { changes } = sql(db, 'UPDATE judge_version SET candidate = 0 WHERE id = ? AND candidate = 1').run(versionId);
    if (changes > 0) refreshLatestVerdictsOfVersion(db, versionId);
  });
}

/** A judge's id by name (null for no name); a name that matches no judge is an error naming it. */
export function judgeIdByName(db: Database.Database, name: string | null): number | null {
  if (name === null) return null;
  const row = sql(db, 'SELECT id FROM judge WHERE name = ?').get(name) as { id: number } | undefined;
  if (!row) throw new GavelError('NOT_FOUND', `No judge named "${name}".`);
  return row.id;
}
