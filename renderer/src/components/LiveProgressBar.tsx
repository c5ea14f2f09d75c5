// A run's progress bar as its events arrive: indeterminate until the first event, then answered of total.
import type { RunProgress } from '../../../shared/judging';
import { formatCount } from '../format/numbers';

interface Props {
  /** The latest progress event of the run followed; null before the first. */
  progress: RunProgress | null;
  testId: string;
  /** Words before the count, e.g. which run it is. */
  label?: string;
}

export function LiveProgressBar({ progress, testId, label }: Props) {
  return (
    <div className="run-progress-bar">
      <progress
        data-testid={testId}
        value={progress ? progress.done + progress.errors : undefined}
        max={progress ? Math.max(progress.total, 1) : undefined}
      />
      {progress && (
        <span className="nowrap">
          {label}
          {formatCount(progress.done + progress.errors)} / {formatCount(progress.total)}
        </span>
      )}
    </div>
  );
}
