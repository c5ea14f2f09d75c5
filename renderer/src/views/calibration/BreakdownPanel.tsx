// Agreement within each value of a metadata field: where (which topic, which locale…) the judge is
// trustworthy and where it is not; a value where it is significantly worse than elsewhere is flagged.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { formatNumber, formatPercent } from '../../format/numbers';
import { useGavel } from '../../store/store-context';
import { valueWithInterval } from './agreement-metrics';

export function BreakdownPanel() {
  const { fields, field, rows, loading, error, choose } = useGavel(
    useShallow((s) => ({
      fields: s.calibration.overview?.metadataFields,
      field: s.calibration.breakdownField,
      rows: s.calibration.breakdown,
      loading: s.calibration.breakdownLoading,
      error: s.calibration.breakdownError,
      choose: s.chooseBreakdownField,
    })),
  );
  if (!fields) return null;
  return (
    <section
      className="calibration-panel"
      aria-labelledby="breakdown-title"
      data-testid="calibration-breakdown"
      aria-busy={loading}
    >
      <h2 id="breakdown-title">Breakdown by metadata or by day</h2>
      {fields.length === 0 && (
        <p className="muted small">The judged items carry no metadata; agreement can still be broken down by day.</p>
      )}
      <Field label="Field">
        <select
          data-testid="breakdown-field"
          value={field ?? ''}
          onChange={(event) => void choose(event.target.value || null)}
        >
          <option value="">— choose a field —</option>
          {fields.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value="@imported">Day imported (drift)</option>
          <option value="@judged">Day of the run (drift)</option>
        </select>
      </Field>
      {error && <ErrorAlert error={error} />}
      {rows && (
        <table className="list-table compact" data-testid="breakdown-table">
          <thead>
            <tr>
              <th scope="col">{field}</th>
              <th scope="col" className="number">
                Items
              </th>
              <th scope="col">Accuracy (95%)</th>
              <th scope="col">κ (95%)</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ value, agreement, worse }) => (
              <tr key={value} className={worse.flagged ? 'tone-error' : undefined} data-flagged={worse.flagged}>
                <th scope="row">{value}</th>
                <td className="number">{agreement.n}</td>
                <td>{valueWithInterval(agreement.binary.accuracy, agreement.ci.binary.accuracy, formatPercent)}</td>
                <td>{valueWithInterval(agreement.binary.kappa, agreement.ci.binary.kappa, formatNumber)}</td>
                <td className="muted small">
                  {worse.flagged
                    ? `Significantly worse than the other items (p = ${worse.adjusted.toPrecision(2)}, Holm-adjusted). `
                    : ''}
                  {agreement.warning ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
