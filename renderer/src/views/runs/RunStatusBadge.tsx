// A run's status as a coloured badge.
import type { RunStatus } from '../../../../shared/judging';
import { RUN_STATUS_LABELS, RUN_STATUS_TONES } from '../../format/judging';

export function RunStatusBadge({ status, testId }: { status: RunStatus; testId?: string }) {
  return (
    <span className={`badge tone-${RUN_STATUS_TONES[status]}`} data-testid={testId} data-status={status}>
      {RUN_STATUS_LABELS[status]}
    </span>
  );
}
