// One calibration: its run's progress while it works, then the old and the new version measured on
// the same held-out items, what it cost, and the verdicts that changed (each opens in review).
import { useShallow } from 'zustand/react/shallow';
import type { CalibrationView, ChangedVerdict } from '../../../../shared/calibration';
import { LiveProgressBar } from '../../components/LiveProgressBar';
import { formatCost } from '../../format/numbers';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { BeforeAfterTable } from './BeforeAfterTable';
import { exampleVerdict } from './example-verdict';

export function CalibrationResult({ calibration }: { calibration: CalibrationView }) {
  const { progress, openItems } = useGavel(
    useShallow((s) => ({ progress: s.calibrationRuns.progress, openItems: s.openCalibrationItems })),
  );
  const { status, before, after, changed, fromVersion, toVersion } = calibration;
  const live = status === 'running' && progress && calibration.runIds.includes(progress.runId) ? progress : null;
  const open = (change: ChangedVerdict) =>
    void openItems([change.item], `verdict changed by calibration #${calibration.id}`);

  return (
    <div className="calibration-result" data-testid="calibration-result" data-status={status} aria-live="polite">
      <h3>
        v{fromVersion} → v{toVersion}{' '}
        <span className={status === 'failed' ? 'badge tone-fail' : 'badge'} data-testid="calibration-status">
          {status}
        </span>
      </h3>
      <p className="muted small">
        {plural(calibration.examples.length, 'example')} in the new version; measured on{' '}
        {plural(calibration.measuredOn, 'labelled item')} it never saw
        {calibration.holdout > 0 ? ` (a ${Math.round(calibration.holdout * 100)}% hold-out)` : ''}. Cost:{' '}
        <span data-testid="calibration-cost">
          {calibration.cost === null ? 'unknown (no price for the model)' : formatCost(calibration.cost)}
        </span>
      </p>
      {status === 'running' && <LiveProgressBar progress={live} testId="calibration-progress" />}
      {calibration.error && (
        <p className="alert" role="alert">
          {calibration.error}
        </p>
      )}
      {before && after && (
        <BeforeAfterTable
          before={before}
          after={after}
          fromVersion={fromVersion}
          toVersion={toVersion}
          testId="calibration-before-after"
        />
      )}
      {after?.warning && <p className="note warning">{after.warning}</p>}
      {status === 'done' && (
        <>
          <h4>Changed verdicts</h4>
          {changed.length === 0 ? (
            <p className="muted small">No verdict changed.</p>
          ) : (
            <ul className="changed-verdicts" data-testid="changed-verdicts">
              {changed.map((change) => (
                <li key={change.item.itemId}>
                  <button type="button" className="link" data-testid="changed-verdict" onClick={() => open(change)}>
                    {change.item.key}
                  </button>{' '}
                  <span className="small">
                    {exampleVerdict(change.before)} → {exampleVerdict(change.after)}
                    <span className="muted"> (humans: {exampleVerdict(change.human)})</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
