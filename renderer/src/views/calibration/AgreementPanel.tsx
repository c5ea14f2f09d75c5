// How far the current version agrees with the humans, each number with its 95% interval, and the
// humans' agreement among themselves beside it: a judge within human noise is as good as it gets.
import { useShallow } from 'zustand/react/shallow';
import type { AgreementResult } from '../../../../shared/calibration';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber } from '../../format/numbers';
import { plural } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { agreementMetrics, humanNoise, showInterval, showValue } from './agreement-metrics';
import { currentAgreement } from './current-agreement';
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
            <HumanAgreement result={result} />
          </div>
        </>
      )}
    </section>
  );
}

function HumanAgreement({ result }: { result: AgreementResult }) {
  const noise = humanNoise(result);
  const { pairwise_kappa, krippendorff_alpha, ordinal } = result.human_human;
  const shown = (value: number | null) => showValue({ value, format: formatNumber });
  return (
    <div className="human-agreement" data-testid="human-agreement">
      <h3>Humans among themselves</h3>
      <dl className="facts">
        <div>
          <dt>Pairwise κ</dt>
          <dd>{shown(pairwise_kappa)}</dd>
        </div>
        <div>
          <dt>Krippendorff α</dt>
          <dd>{shown(krippendorff_alpha)}</dd>
        </div>
        {ordinal && (
          <>
            <div>
              <dt>Pairwise quadratic κ</dt>
              <dd>{shown(ordinal.pairwise_qwk)}</dd>
            </div>
            <div>
              <dt>α (interval)</dt>
              <dd>{shown(ordinal.krippendorff_alpha_interval)}</dd>
            </div>
          </>
        )}
      </dl>
      <p className="small" data-testid="human-noise">
        {noise === null
          ? 'Only one reviewer rated the same items, so there is no human noise to compare with: ask a second reviewer to label some of them.'
          : noise.judgeWithin === null
            ? 'The judge’s κ is undefined on these items.'
            : noise.judgeWithin
              ? `Within human noise: the judge agrees with the humans (κ ${shown(result.binary.kappa)}) at least as well as they agree with each other (κ ${formatNumber(noise.kappa)}).`
              : `Not yet within human noise: the judge’s κ ${shown(result.binary.kappa)} is below the humans’ ${formatNumber(noise.kappa)}${intervalNote(result)}.`}
      </p>
    </div>
  );
}

/** Whether the gap could be chance: the humans' κ inside the judge's interval. */
function intervalNote(result: AgreementResult): string {
  const interval = showInterval(result.ci.binary.kappa, formatNumber);
  return interval ? ` (the judge’s 95% interval: ${interval})` : '';
}
