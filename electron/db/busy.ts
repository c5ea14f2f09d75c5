// Several processes may have one workspace open (the app, browser mode, CLI commands), and SQLite
// lets one of them write at a time. A write that meets another process's write lock waits: first
// briefly inside SQLite (the connection's busy timeout, which blocks the thread), then here, asleep
// between attempts so the event loop keeps serving, until the lock has been held for too long.
import { setTimeout as delay } from 'node:timers/promises';
import { GavelError } from '../../shared/result';

/** How long SQLite itself waits for a lock before reporting SQLITE_BUSY: short, as it blocks the thread. */
export const BUSY_TIMEOUT_MS = 100;

/** How long a write keeps retrying while another process holds the write lock. */
export const DEFAULT_LOCK_PATIENCE_MS = 5 * 60_000;

const FIRST_PAUSE_MS = 20;
const LONGEST_PAUSE_MS = 500;

/** True for SQLite's "database is locked" family (SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT…). */
export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/**
 * Runs `attempt` again while it fails because the workspace is locked. Only safe for an attempt that
 * takes the write lock before changing anything (BEGIN IMMEDIATE, or a single statement): a busy
 * attempt has then written nothing.
 */
export async function retryWhileBusy<T>(
  attempt: () => T | Promise<T>,
  patienceMs = DEFAULT_LOCK_PATIENCE_MS,
): Promise<T> {
  const giveUpAt = Date.now() + patienceMs;
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() >= giveUpAt) {
        throw new GavelError(
          'WORKSPACE_ERROR',
          `The workspace stayed locked by another process for ${Math.round(patienceMs / 1000)} s; ` +
            'this change was not saved. Try again once the other program has finished writing.',
        );
      }
      await delay(pause);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
