// Commits finished judgments as they complete. Judgments that finish in the same event-loop turn
// share one transaction, so a fast run does not pay a commit per verdict, and a kill loses at most
// the verdicts of the turn in progress (resume asks for them again). A batch that cannot be saved
// (the workspace stayed locked past the write queue's patience) is kept and tried again on flush.
import type Database from 'better-sqlite3';
import type { WriteQueue } from '../core/write-queue';
import { commitJudgments, type FinishedJudgment } from './run-store';

export interface JudgmentWriter {
  add(finished: FinishedJudgment): void;
  /** Resolves once everything added so far is committed; rejects with the error if it could not be. */
  flush(): Promise<void>;
}

export interface JudgmentWriterDeps {
  db: Database.Database;
  writes: WriteQueue;
  now: () => Date;
  /** The run's lease: commits only land while this process still holds it. */
  leaseToken: string;
  /** Told once when a batch could not be saved. */
  onFailure: (error: unknown) => void;
}

export function createJudgmentWriter(deps: JudgmentWriterDeps): JudgmentWriter {
  let queue: FinishedJudgment[] = [];
  let committing: Promise<void> = Promise.resolve();
  let scheduled = false;
  let failure: unknown = null;

  const save = async () => {
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    try {
      await deps.writes.run(() => commitJudgments(deps.db, batch, deps.now().toISOString(), deps.leaseToken));
      failure = null;
    } catch (error) {
      queue = [...batch, ...queue];
      if (failure === null) deps.onFailure(error);
      failure = error;
    }
  };
  // The chain never rejects: a failure is kept in `failure`, never left unhandled.
  const commit = () => {
    scheduled = false;
    committing = committing.then(save);
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
    async flush() {
      await commit();
      if (failure !== null) throw failure;
    },
  };
}
