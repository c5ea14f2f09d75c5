// Earlier calibrations of the judge, newest first; choosing one shows its before and after.
import { useShallow } from 'zustand/react/shallow';
import { formatNumber } from '../../format/numbers';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { showValue } from './agreement-metrics';

export function CalibrationHistory() {
  const { list, current, show } = useGavel(
    useShallow((s) => ({ list: s.calibrationRuns.list, current: s.calibrationRuns.current, show: s.showCalibration })),
  );
  if (list.length === 0) return null;
  return (
    <div className="calibration-history">
      <h3>Calibrations of this judge</h3>
      <table className="list-table compact" data-testid="calibration-list">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Versions</th>
            <th scope="col">Status</th>
            <th scope="col">κ before → after</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {list.map((calibration) => (
            <tr key={calibration.id} aria-current={calibration.id === current?.id ? 'true' : undefined}>
              <td className="nowrap">{formatDate(calibration.createdAt)}</td>
              <td>
                v{calibration.fromVersion} → v{calibration.toVersion}
              </td>
              <td>{calibration.status}</td>
              <td>
                {calibration.before && calibration.after
                  ? `${showValue({ value: calibration.before.binary.kappa, format: formatNumber })} → ${showValue({ value: calibration.after.binary.kappa, format: formatNumber })}`
                  : '—'}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="quiet"
                  disabled={calibration.id === current?.id}
                  onClick={() => void show(calibration.id)}
                >
                  Show
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
