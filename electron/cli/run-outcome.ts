// What a command that ran judgments exits with: 0 only when every judgment is done. Scripts and CI
// tell "refused", "finished with failed judgments" and "stopped before the end" apart by the code.
import type { RunSummary } from '../../shared/contract';

export const EXIT_CODES = {
  /** Every judgment done. */
  ok: 0,
  /** Bad usage or refused before anything was asked (the CLI's default for any error). */
  refused: 1,
  /** The run ended, with failed judgments (or failed outright). */
  endedWithErrors: 2,
  /** The run stopped before its end: paused (Ctrl-C), cancelled or interrupted. */
  stopped: 3,
} as const;

type Outcome = Pick<RunSummary, 'id' | 'status' | 'errors' | 'total' | 'done' | 'firstError' | 'message'>;

const ended = (run: Outcome) => run.status === 'done' || run.status === 'failed';

export function runsExitCode(runs: readonly Outcome[]): number {
  if (runs.some((run) => !ended(run))) return EXIT_CODES.stopped;
  if (runs.some((run) => run.errors > 0 || run.status === 'failed')) return EXIT_CODES.endedWithErrors;
  return EXIT_CODES.ok;
}

/** The plain-words reason a run did not finish everything, or null when it did. */
export function shortfall(run: Outcome): string | null {
  const left = run.total - run.done - run.errors;
  if (!ended(run)) {
    // Paused by the runner itself (refused key, unknown model, endless rate limit): say why.
    const why = run.message ? ` (${run.message})` : '';
    return `run ${run.id} is ${run.status}${why} with ${left} judgments left: \`gavel resume ${run.id}\` finishes it`;
  }
  if (run.errors === 0 && run.status !== 'failed') return null;
  const first = run.firstError ? ` (first error: ${run.firstError})` : '';
  return (
    `run ${run.id} ended with ${run.errors} of ${run.total} judgments failed${first}; ` +
    `\`gavel retry-errors ${run.id}\` asks them again`
  );
}
