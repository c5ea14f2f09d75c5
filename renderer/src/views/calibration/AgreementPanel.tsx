// How far the current version agrees with the humans, each number with its 95% interval, and the
// humans' agreement among themselves beside it: a judge within human noise is as good as it gets.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { agreementMetrics } from './agreement-metrics';
import { currentAgreement } from './current-agreement';
import { ExpertAgreementPanel } from './ExpertAgreementPanel';
import { MetricsTable } from './MetricsTable';

export function AgreementPanel() {
  const { overview, reviewer } = useGavel(
    useShallow((s) => ({ overview: s.calibration.overview, reviewer: s.calibration.reviewer })),
  );
  if (!overview) return null;
  const result = currentAgreement(overview);
  const whose = reviewer === null ? 'the reviewers’ consensus' : reviewer;

  return (
    <section className="calibration-panel" aria-labelledby="agreement-title" data-testid="calibration-agreement">
      <div className="section-header">
        <h2 id="agreement-title">
          Agreement of {overview.judge} v{overview.version} with {whose}
        </h2>
        {result && (
          <span className="muted" data-testid="agreement-n">
            {plural(result.n, 'item')} rated by both
          </span>
        )}
      </div>
      {result === null ? (
        <EmptyState>
          <p>No verdict of this version has a human decision yet. Review some of its verdicts to measure it.</p>
        </EmptyState>
      ) : (
        <>
          {result.warning && (
            <p className="note warning" role="note" data-testid="agreement-warning">
              {result.warning}
            </p>
          )}
          <div className="agreement-layout">
            <MetricsTable caption="Judge vs humans" rows={agreementMetrics(result)} />
            <ExpertAgreementPanel result={result} splits={overview.expertSplits} />
          </div>
        </>
      )}
    </section>
  );
}
