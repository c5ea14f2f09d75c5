// Trust: what the judge's verdicts say about the whole dataset once corrected by a random sample of
// expert labels (PPI++), beside the judge's raw rate and the labels' own rate, and how many more
// labels a narrower interval needs, with one click to sample them; and the latest audit of the judge.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';
import { AuditSummary } from './AuditSummary';
import { PlannerTarget } from './PlannerTarget';
import { PlannerChart, RatesChart } from './TrustCharts';
import { plannerSentence, rateText } from './trust-wording';

export function TrustPanel() {
  const { trust, datasets, judge, version, reviewer, passRate, load, sample } = useGavel(
    useShallow((s) => ({
      trust: s.trust,
      datasets: s.workspace.datasets,
      judge: s.calibration.judge,
      version: s.calibration.version,
      reviewer: s.calibration.reviewer,
      passRate: s.calibration.overview?.scores === null,
      load: s.loadTrust,
      sample: s.sampleMoreLabels,
    })),
  );
  useEffect(() => void load(), [load, judge, version, reviewer]);
  const judged = datasets.filter((d) => judge !== null && d.judges.includes(judge));
  const { estimate, plan, curve } = trust;
  return (
    <section className="calibration-panel" aria-labelledby="trust-title" data-testid="trust" aria-busy={trust.loading}>
      <h2 id="trust-title">Trust</h2>
      {judged.length > 1 && (
        <Field label="Dataset">
          <select
            data-testid="trust-dataset"
            value={trust.datasetId ?? ''}
            onChange={(event) => void load(Number(event.target.value))}
          >
            {judged.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {trust.error && <ErrorAlert error={trust.error} testId="trust-error" />}
      {trust.notEnough && (
        <p className="muted small" data-testid="trust-not-enough">
          No estimate yet: {trust.notEnough}
        </p>
      )}
      {trust.firstSample !== null && (
        <p>
          <SampleButton size={trust.firstSample} creating={trust.creating} onClick={() => void sample()} />
        </p>
      )}
      {estimate && (
        <table className="list-table compact" data-testid="trust-rates">
          <tbody>
            <tr>
              <th scope="row">Estimate (judge corrected by labels)</th>
              <td data-testid="trust-estimate">{rateText(estimate.estimate, passRate)}</td>
            </tr>
            <tr>
              <th scope="row">Judge alone, {estimate.items} items</th>
              <td>{rateText(estimate.judge_rate, passRate)}</td>
            </tr>
            <tr>
              <th scope="row">Labels alone, {estimate.labels_used} random labels</th>
              <td>{rateText(estimate.labelled_rate, passRate)}</td>
            </tr>
          </tbody>
        </table>
      )}
      {estimate && plan && (
        <div className="trust-charts">
          <RatesChart estimate={estimate} passRate={passRate} />
          {curve.length > 0 && <PlannerChart plan={plan} curve={curve} passRate={passRate} />}
        </div>
      )}
      {estimate?.labels_excluded.map(({ reason, count }) => (
        <p key={reason} className="muted small">
          {count} labels left out: {reason}.
        </p>
      ))}
      {/* Kept while a new target reloads the plan, so typing in it keeps its focus. */}
      {trust.datasetId !== null && !trust.notEnough && !trust.error && <PlannerTarget passRate={passRate} />}
      {plan && (
        <p data-testid="trust-plan">
          {plannerSentence(plan, passRate)}{' '}
          {plan.more_labels !== null && plan.more_labels > 0 && (
            <SampleButton size={plan.more_labels} creating={trust.creating} onClick={() => void sample()} />
          )}
        </p>
      )}
      {trust.created && (
        <p className="muted small" data-testid="trust-created">
          Session “{trust.created.name}” created with {trust.created.items} items.
        </p>
      )}
      <AuditSummary />
    </section>
  );
}

function SampleButton({ size, creating, onClick }: { size: number; creating: boolean; onClick(): void }) {
  return (
    <button type="button" disabled={creating} onClick={onClick} data-testid="trust-sample">
      Create a session of {size} random items
    </button>
  );
}
