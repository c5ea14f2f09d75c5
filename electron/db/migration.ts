// Versioned schema migrations (Signal Desktop style): a numbered registry, each step in a
// transaction, the schema version in PRAGMA user_version, and a guard against files from a newer Gavel.
import type Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import { immediateTransaction } from './immediate';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Rebuilds a table other tables refer to: SQLite's documented procedure runs with foreign keys
   * off (they cannot change inside a transaction), then checks every reference before committing.
   */
  rebuildsTables?: boolean;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Refuses a database whose schema is newer than the last migration this build knows. */
export function assertNotNewer(db: Database.Database, registry: readonly Migration[]): void {
  const current = schemaVersion(db);
  const newest = registry.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new GavelError(
      'WORKSPACE_ERROR',
      `${db.name} was written by a newer Gavel (schema version ${current}; this version reads up to ${newest}). Update Gavel to open it.`,
    );
  }
}

/** Brings `db` up to the last migration of `registry` (or to `target`); returns the version reached. */
export function migrate(
  db: Database.Database,
  registry: readonly Migration[],
  target = registry.at(-1)?.version ?? 0,
): number {
  assertNotNewer(db, registry);
  const current = schemaVersion(db);
  for (const step of registry) {
    if (step.version <= current || step.version > target) continue;
    const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
    if (step.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      immediateTransaction(db, () => {
        db.exec(step.sql);
        if (step.rebuildsTables) {
          const broken = db.pragma('foreign_key_check') as { table: string }[];
          if (broken.length > 0) throw new Error(`migration ${step.version} broke references in ${broken[0]!.table}`);
        }
        db.pragma(`user_version = ${step.version}`);
      });
    } finally {
      if (step.rebuildsTables && enforced) db.pragma('foreign_keys = ON');
    }
  }
  return schemaVersion(db);
}
