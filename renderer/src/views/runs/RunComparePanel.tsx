// Two runs side by side: each judge's statistics in both, and how B differs from A.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { alignAggregates } from '../../store/run-comparison';
import { useGavel } from '../../store/store-context';
import { AGGREGATE_METRICS, showDifference, showMetric } from './aggregate-facts';

export function RunComparePanel() {
  const { runs, compare, compareRuns } = useGavel(
    useShallow((s) => ({ runs: s.runs.list, compare: s.runCompare, compareRuns: s.compareRuns })),
  );
  if (runs.length < 2) return null;
  const { runA, runB } = compare;
  const rows = runA && runB ? alignAggregates(runA.aggregates, runB.aggregates) : [];
  const pick = (value: string) => (value ? Number(value) : null);

  const runSelect = (label: string, testId: string, value: number | null, onPick: (id: number | null) => void) => (
    <Field label={label} className="grow">
      <select data-testid={testId} value={value ?? ''} onChange={(event) => onPick(pick(event.target.value))}>
        <option value="">— choose a run —</option>
        {runs.map((run) => (
          <option key={run.id} value={run.id}>
            {run.name} · {run.dataset}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <section className="run-compare" data-testid="run-compare" aria-labelledby="run-compare-title">
      <h2 id="run-compare-title">Compare two runs</h2>
      <div className="form-row">
        {runSelect('Run A', 'run-compare-a', compare.a, (a) => void compareRuns(a, compare.b))}
        {runSelect('Run B', 'run-compare-b', compare.b, (b) => void compareRuns(compare.a, b))}
      </div>
      {compare.error && <ErrorAlert error={compare.error} />}
      {compare.loading && <p className="muted">Loading…</p>}
      {runA && runB && rows.length === 0 && <p className="muted">Neither run has verdicts yet.</p>}
      {rows.length > 0 && (
        <table className="list-table compact compare-table">
          <thead>
            <tr>
              <th scope="col">Judge</th>
              <th scope="col" className="number">
                A: {runA?.name}
              </th>
              <th scope="col" className="number">
                B: {runB?.name}
              </th>
              <th scope="col" className="number">
                B − A
              </th>
            </tr>
          </thead>
          {rows.map((row) => (
            <tbody key={row.judge} data-testid="run-compare-judge" data-judge={row.judge}>
              <tr className="group-row">
                <th scope="rowgroup" colSpan={4}>
                  {row.judge}
                  {row.a === null && <span className="muted small"> (only in B)</span>}
                  {row.b === null && <span className="muted small"> (only in A)</span>}
                </th>
              </tr>
              {AGGREGATE_METRICS.map((metric) => (
                <tr key={metric.name}>
                  <th scope="row" className="metric-name">
                    {metric.name}
                  </th>
                  <td className="number">{showMetric(metric, row.a)}</td>
                  <td className="number">{showMetric(metric, row.b)}</td>
                  <td className="number strong">{showDifference(metric, row.a, row.b)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      )}
    </section>
  );
}
