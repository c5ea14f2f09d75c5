// Workspace settings: small JSON values by key (never secrets).
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

export function readSetting<T>(db: Database.Database, key: string, fallback: T): T {
  const row = sql(db, 'SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export function writeSetting(db: Database.Database, key: string, value: unknown): void {
  sql(db, 'INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}
