// Commits finished judgments as they complete. Judgments that finish in the same event-loop turn
// share one transaction, so a fast run does not pay a commit per verdict, and a kill loses at most
// the verdicts of the turn in progress (resume asks for them again).
import type Database from 'better-sqlite3';
import type { WriteQueue } from '../core/write-queue';
import { commitJudgments, type FinishedJudgment } from './run-store';

export interface JudgmentWriter {
  add(finished: FinishedJudgment): void;
  /** Resolves once everything added so far is committed. */
  flush(): Promise<void>;
}

export function createJudgmentWriter(db: Database.Database, writes: WriteQueue, now: () => Date): JudgmentWriter {
  let queue: FinishedJudgment[] = [];
  let committing: Promise<void> = Promise.resolve();
  let scheduled = false;

  const commit = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return committing;
    committing = committing.then(() => writes.run(() => commitJudgments(db, batch, now().toISOString())));
    return committing;
  };

  return {
    add(finished) {
      queue.push(finished);
      if (!scheduled) {
        scheduled = true;
        setImmediate(commit);
      }
    },
    flush: () => commit(),
  };
}
