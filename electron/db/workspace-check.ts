// What `gavel check` reads from a workspace file: integrity, schema version and runs left running.
// The file is opened read-only and not migrated, so checking a damaged or older workspace never
// changes it (opening it for work refuses damage and migrates).
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import { schemaVersion } from './migration';
import { MIGRATIONS } from './migrations';

export interface RunningRun {
  id: number;
  name: string;
  dataset: string;
  startedAt: string | null;
}

export interface WorkspaceHealth {
  path: string;
  schemaVersion: number;
  /** The newest schema this Gavel knows. */
  newestSchemaVersion: number;
  /** `integrity_check` problems; empty when the file is sound. */
  integrityProblems: string[];
  /** Runs whose status is still 'running': interrupted unless a process is running them right now. */
  runningRuns: RunningRun[];
}

export function checkWorkspaceFile(filePath: string): WorkspaceHealth {
  if (!fs.existsSync(filePath)) throw new GavelError('NOT_FOUND', `No workspace at ${filePath}.`);
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    let problems: string[];
    try {
      problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (error) {
      throw new GavelError('WORKSPACE_ERROR', `${filePath} is not a Gavel workspace: ${(error as Error).message}.`);
    }
    const sound = problems.length === 1 && problems[0] === 'ok';
    return {
      path: filePath,
      schemaVersion: schemaVersion(db),
      newestSchemaVersion: MIGRATIONS.at(-1)?.version ?? 0,
      integrityProblems: sound ? [] : problems,
      runningRuns: sound && hasRunTable(db) ? runningRuns(db) : [],
    };
  } finally {
    db.close();
  }
}

function hasRunTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'run'").get() !== undefined;
}

function runningRuns(db: Database.Database): RunningRun[] {
  return db
    .prepare(
      `SELECT r.id, r.name, d.name AS dataset, r.started_at AS startedAt
         FROM run r JOIN dataset d ON d.id = r.dataset_id
        WHERE r.status = 'running' ORDER BY r.id`,
    )
    .all() as RunningRun[];
}
