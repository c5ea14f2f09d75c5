// All writes to a workspace go through one queue: better-sqlite3 is synchronous, and a long import
// holds its transaction across event-loop turns, so other writes wait their turn here (without
// blocking the event loop) instead of joining or colliding with it. A write that meets another
// process's write lock is tried again until the lock is released (see db/busy.ts).
import { Mutex } from 'async-mutex';
import { retryWhileBusy } from '../db/busy';

export interface WriteQueue {
  /** `write` must take the write lock before changing anything (an immediate transaction): it may run again. */
  run<T>(write: () => T | Promise<T>): Promise<T>;
}

/** `afterWrite` runs once each write has finished (committed or not), e.g. to schedule a checkpoint. */
export function createWriteQueue(afterWrite: () => void = () => {}, lockPatienceMs?: number): WriteQueue {
  const mutex = new Mutex();
  return {
    run: (write) =>
      mutex.runExclusive(async () => {
        try {
          return await retryWhileBusy(write, lockPatienceMs);
        } finally {
          afterWrite();
        }
      }),
  };
}
