// Every write transaction takes the write lock when it begins (BEGIN IMMEDIATE). A deferred one
// starts as a reader and asks for the lock at its first write; if another process committed
// meanwhile, SQLite fails it at once (SQLITE_BUSY_SNAPSHOT) without waiting, halfway through.
import type Database from 'better-sqlite3';

/** Runs `write` in a transaction that holds the write lock from its first statement. */
export function immediateTransaction<T>(db: Database.Database, write: () => T): T {
  return db.transaction(write).immediate();
}
