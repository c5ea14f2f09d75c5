// Two runs side by side: each judge's statistics in both (and the candidate models' when the runs
// generated their answers), and how B differs from A. Runs that hold answers (generated or imported)
// can also go to a pairwise judge.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { alignAggregates } from '../../store/run-comparison';
import { useGavel } from '../../store/store-context';
import { AGGREGATE_METRICS, GENERATION_METRICS } from './aggregate-facts';
import { CompareGroup } from './CompareGroup';
import { PairwiseLaunch } from './PairwiseLaunch';

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
      {runA?.generation && runB?.generation && <PairwiseLaunch runA={runA} runB={runB} />}
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
          {(runA?.generation || runB?.generation) && (
            <CompareGroup
              title={`Answers: ${runA?.generation?.model ?? 'from the dataset'} vs ${runB?.generation?.model ?? 'from the dataset'}`}
              metrics={GENERATION_METRICS}
              a={runA?.generation ?? null}
              b={runB?.generation ?? null}
              testId="run-compare-generation"
            />
          )}
          {rows.map((row) => (
            <CompareGroup
              key={row.judge}
              title={row.judge}
              metrics={AGGREGATE_METRICS}
              a={row.a}
              b={row.b}
              testId="run-compare-judge"
              judge={row.judge}
            />
          ))}
        </table>
      )}
    </section>
  );
}
