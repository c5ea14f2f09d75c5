// Where the judge and the humans part ways: the pass/fail matrix, and score × score (or label ×
// label) for judges with more than two values. Each cell opens exactly its items in review.
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { PASS_FAIL_VALUES } from './confusion';
import { ConfusionMatrix } from './ConfusionMatrix';

export function ConfusionPanel() {
  const { overview } = useGavel(useShallow((s) => ({ overview: s.calibration.overview })));
  if (!overview) return null;
  return (
    <section className="calibration-panel" aria-labelledby="confusion-title" data-testid="calibration-confusion">
      <h2 id="confusion-title">Confusion matrix</h2>
      <p className="muted small">
        Rows: what the humans decided. Columns: what the judge said. Choose a cell to review exactly its items.
      </p>
      <div className="matrices">
        <ConfusionMatrix title="Pass / fail" kind="pass-fail" values={PASS_FAIL_VALUES} cells={overview.passFail} />
        {overview.scores && (
          <ConfusionMatrix
            title="Judge value × human value"
            kind="values"
            values={overview.scores.values}
            cells={overview.scores.cells}
          />
        )}
      </div>
    </section>
  );
}
