// The local response cache's rows: a request's key and the provider's reply as JSON text.
import type Database from 'better-sqlite3';
import { sql } from '../statement-cache';

export function cachedResponseJson(db: Database.Database, key: string): string | null {
  const row = sql(db, 'SELECT response FROM response_cache WHERE key = ?').get(key) as { response: string } | undefined;
  return row?.response ?? null;
}

/** The first reply stored under a key stays (replies to one request are interchangeable). */
export function insertCachedResponse(db: Database.Database, key: string, responseJson: string, now: string): void {
  sql(db, 'INSERT OR IGNORE INTO response_cache (key, response, created_at) VALUES (?, ?, ?)').run(
    key,
    responseJson,
    now,
  );
}
