// The run form's preflight: judges that need a field some selected items lack. Such a run is refused
// unless it is limited to the items that have every field, which this offers.
import type { RunEstimate } from '../../../../shared/contract';
import { formatCount } from '../../format/numbers';
import { useGavel } from '../../store/store-context';

export function MissingFieldsNote({ estimate }: { estimate: RunEstimate }) {
  const onlyComplete = useGavel((s) => s.runLaunch.plan.onlyComplete);
  const editLaunch = useGavel((s) => s.editLaunch);
  if (estimate.missingFields.length === 0) return null;
  return (
    <div className="note warning" data-testid="run-missing-fields">
      <ul>
        {estimate.missingFields.map((gap) => (
          <li key={`${gap.judge}\u0000${gap.field}`}>
            {gap.judge} needs {gap.field}, which {formatCount(gap.items)} selected items lack.
          </li>
        ))}
      </ul>
      <label className="checkbox-row">
        <input
          type="checkbox"
          data-testid="run-only-complete"
          checked={onlyComplete}
          onChange={(event) => editLaunch({ onlyComplete: event.target.checked })}
        />
        <span>Only items with every field ({formatCount(estimate.completeItems)} items)</span>
      </label>
    </div>
  );
}
