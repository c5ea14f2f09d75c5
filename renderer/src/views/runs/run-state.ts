// What a run's counts mean for the person steering it: how much is left, and which actions apply.
import type { RunSummary } from '../../../../shared/contract';

/** Judgments neither answered nor failed (`done` counts answers only, `errors` the failures). */
export const remaining = (run: Pick<RunSummary, 'total' | 'done' | 'errors'>): number =>
  Math.max(0, run.total - run.done - run.errors);

export function availableActions(run: Pick<RunSummary, 'status' | 'total' | 'done' | 'errors' | 'kind'>) {
  const working = run.status === 'running';
  const stopped =
    run.status === 'paused' || run.status === 'cancelled' || run.status === 'failed' || run.status === 'interrupted';
  // Imported runs hold other tools' verdicts: nothing to call.
  const steerable = run.kind === 'eval';
  return {
    cancel:
      steerable && (working || run.status === 'pending' || run.status === 'paused' || run.status === 'interrupted'),
    pause: steerable && working,
    resume: steerable && !working && (stopped || run.status === 'pending' || remaining(run) > 0),
    retryErrors: steerable && !working && run.errors > 0,
  };
}
