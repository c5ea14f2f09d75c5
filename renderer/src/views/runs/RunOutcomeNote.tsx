// Why a run stopped short, in words: interrupted, paused, ended with errors (and the first of them),
// or being executed by another process.
import type { RunSummary } from '../../../../shared/contract';
import { formatDate } from '../../format/text';
import { formatCount } from '../../format/numbers';
import { remaining } from './run-state';

export function RunOutcomeNote({ run }: { run: RunSummary }) {
  const left = remaining(run);
  const notes: string[] = [];
  if (run.status === 'interrupted') {
    notes.push(
      `The process running it stopped (closed, killed or crashed) with ${formatCount(left)} judgments left: resume to finish them.`,
    );
  } else if (run.status === 'paused') {
    notes.push(`Paused with ${formatCount(left)} judgments left: resume to finish them.`);
  } else if (run.status === 'running' && run.holder) {
    notes.push(`Executed by process ${run.holder.pid} on ${run.holder.host} since ${formatDate(run.holder.since)}.`);
  }
  if (run.status !== 'running' && run.errors > 0) {
    notes.push(`${formatCount(run.errors)} judgments failed; retry them once the cause is fixed.`);
  }
  if (notes.length === 0 && !run.firstError) return null;
  return (
    <div className={run.errors > 0 || run.status === 'interrupted' ? 'alert tone-error' : 'alert'} role="status">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
      {run.firstError && (
        <p data-testid="run-first-error">
          First error: <span className="mono">{run.firstError}</span>
        </p>
      )}
    </div>
  );
}
