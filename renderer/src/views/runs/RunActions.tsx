// Steering a run: only the actions its state allows are offered.
import { useShallow } from 'zustand/react/shallow';
import type { RunSummary } from '../../../../shared/contract';
import { plural } from '../../format/text';
import type { RunAction } from '../../store/slices/runs/run-detail';
import { useGavel } from '../../store/store-context';
import { availableActions } from './run-state';

export function RunActions({ run }: { run: RunSummary }) {
  const { acting, steer } = useGavel(useShallow((s) => ({ acting: s.runDetail.acting, steer: s.steerRun })));
  const allowed = availableActions(run);
  const buttons: { action: RunAction; shown: boolean; label: string; testId: string; primary?: boolean }[] = [
    { action: 'runs.pause', shown: allowed.pause, label: 'Pause', testId: 'run-pause' },
    { action: 'runs.cancel', shown: allowed.cancel, label: 'Cancel run', testId: 'run-cancel' },
    { action: 'runs.resume', shown: allowed.resume, label: 'Resume', testId: 'run-resume', primary: true },
    {
      action: 'runs.retryErrors',
      shown: allowed.retryErrors,
      label: `Retry ${plural(run.errors, 'error')}`,
      testId: 'run-retry-errors',
    },
  ];
  return (
    <div className="form-actions run-actions">
      {buttons
        .filter((button) => button.shown)
        .map((button) => (
          <button
            key={button.action}
            type="button"
            className={button.primary ? 'primary' : undefined}
            data-testid={button.testId}
            disabled={acting}
            onClick={() => void steer(button.action)}
          >
            {button.label}
          </button>
        ))}
    </div>
  );
}
