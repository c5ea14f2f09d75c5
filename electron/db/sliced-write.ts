// Long writes (imports, restores) in one transaction, all or nothing, that still give the event loop
// a turn every few milliseconds so reads and UI events stay responsive meanwhile.
import { performance } from 'node:perf_hooks';
import type Database from 'better-sqlite3';
import { retryWhileBusy } from './busy';

export interface WriteOptions {
  /** Called between slices of work, so the caller can report progress. */
  onRows?: (rows: number) => void;
  /** Lets the event loop run between slices so the app stays responsive during a long write. */
  yieldToEventLoop?: () => Promise<void>;
}

/** Longest stretch of synchronous writing before the event loop gets a turn. */
const SLICE_MS = 8;

/**
 * Runs `write` in an immediate transaction: committed when it resolves, rolled back when it throws.
 * Waits (without blocking the event loop) while another process holds the write lock.
 */
export async function inTransaction<T>(db: Database.Database, write: () => Promise<T>): Promise<T> {
  await retryWhileBusy(() => db.exec('BEGIN IMMEDIATE'));
  try {
    const result = await write();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Writes each record, reporting the rows written so far (`rows()`) and yielding between slices. */
export async function writeInSlices<T>(
  records: AsyncIterable<T>,
  write: (record: T) => void,
  rows: () => number,
  options: WriteOptions,
): Promise<void> {
  let sliceStart = performance.now();
  for await (const record of records) {
    write(record);
    if (performance.now() - sliceStart >= SLICE_MS) {
      options.onRows?.(rows());
      await options.yieldToEventLoop?.();
      sliceStart = performance.now();
    }
  }
  options.onRows?.(rows());
}
