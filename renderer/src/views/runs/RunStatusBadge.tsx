// A run's status as a coloured badge.
import type { RunSummary } from '../../../../shared/contract';
import { runStatusShown } from '../../format/judging';

export function RunStatusBadge({ run, testId }: { run: Pick<RunSummary, 'status' | 'errors'>; testId?: string }) {
  const { label, tone } = runStatusShown(run);
  return (
    <span className={`badge tone-${tone}`} data-testid={testId} data-status={run.status}>
      {label}
    </span>
  );
}
