// All writes to a workspace go through one queue: better-sqlite3 is synchronous, and a long import
// holds its transaction across event-loop turns, so other writes wait their turn here (without
// blocking the event loop) instead of joining or colliding with it.
import { Mutex } from 'async-mutex';

export interface WriteQueue {
  run<T>(write: () => T | Promise<T>): Promise<T>;
}

/** `afterWrite` runs once each write has finished (committed or not), e.g. to schedule a checkpoint. */
export function createWriteQueue(afterWrite: () => void = () => {}): WriteQueue {
  const mutex = new Mutex();
  return {
    run: (write) =>
      mutex.runExclusive(async () => {
        try {
          return await write();
        } finally {
          afterWrite();
        }
      }),
  };
}
