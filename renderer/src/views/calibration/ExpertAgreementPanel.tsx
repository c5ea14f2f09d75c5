// Do the experts agree with each other enough to calibrate against? Their agreement on the items two
// or more of them labelled, with its interval, beside the judge's; a warning when the rubric reads as
// ambiguous; and the items where they split, each opening in review.
import { useShallow } from 'zustand/react/shallow';
import type { AgreementResult, ExpertSplit } from '../../../../shared/calibration';
import { formatNumber } from '../../format/numbers';
import { useGavel } from '../../store/store-context';
import { valueWithInterval } from './agreement-metrics';
import { expertAgreement, expertsSentence } from './expert-agreement';
import { noiseSentence } from './noise-wording';

/** Split items listed one by one; the rest open together. */
const LISTED = 20;

export function ExpertAgreementPanel({ result, splits }: { result: AgreementResult; splits: ExpertSplit[] }) {
  const experts = expertAgreement(result);
  const { pairwise_kappa, krippendorff_alpha, ordinal } = result.human_human;
  const ci = result.ci.human_human;
  return (
    <div className="human-agreement" data-testid="human-agreement">
      <h3>Experts among themselves</h3>
      <p data-testid="experts-agreement">{expertsSentence(experts)}</p>
      {experts.ambiguous && (
        <p className="note warning" role="note" data-testid="experts-warning">
          The experts agree little (α below 0.6): calibrating now would fit the judge to an ambiguous rubric. Clarify
          the rubric on the items where they split first.
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>Pairwise κ</dt>
          <dd>{valueWithInterval(pairwise_kappa, ci.pairwise_kappa, formatNumber)}</dd>
        </div>
        <div>
          <dt>Krippendorff α</dt>
          <dd>{valueWithInterval(krippendorff_alpha, ci.krippendorff_alpha, formatNumber)}</dd>
        </div>
        {ordinal && (
          <>
            <div>
              <dt>Pairwise quadratic κ</dt>
              <dd>{valueWithInterval(ordinal.pairwise_qwk, ci.ordinal?.pairwise_qwk ?? null, formatNumber)}</dd>
            </div>
            <div>
              <dt>α (interval)</dt>
              <dd>
                {valueWithInterval(
                  ordinal.krippendorff_alpha_interval,
                  ci.ordinal?.krippendorff_alpha_interval ?? null,
                  formatNumber,
                )}
              </dd>
            </div>
          </>
        )}
      </dl>
      <NoiseNote result={result} />
      <SplitItems splits={splits} />
    </div>
  );
}

function SplitItems({ splits }: { splits: ExpertSplit[] }) {
  const { openItems } = useGavel(useShallow((s) => ({ openItems: s.openCalibrationItems })));
  if (splits.length === 0) return null;
  const open = (items: ExpertSplit[], what: string) =>
    void openItems(
      items.map((split) => split.item),
      what,
    );
  return (
    <div data-testid="expert-splits">
      <h4>Where the experts split ({splits.length})</h4>
      <ul className="expert-splits">
        {splits.slice(0, LISTED).map((split) => (
          <li key={split.item.itemId}>
            <button
              type="button"
              className="link"
              data-testid="expert-split"
              data-key={split.item.key}
              onClick={() => open([split], `experts split on ${split.item.key}`)}
            >
              {split.item.key}
            </button>{' '}
            <span className="muted small">
              {split.labels.map((label) => `${label.reviewer}: ${label.answer}`).join(', ')}
            </span>
          </li>
        ))}
      </ul>
      {splits.length > LISTED && (
        <button
          type="button"
          data-testid="expert-splits-all"
          onClick={() => open(splits, 'items the experts split on')}
        >
          Review all {splits.length} in the queue
        </button>
      )}
    </div>
  );
}

function NoiseNote({ result }: { result: AgreementResult }) {
  return (
    <p className="small" data-testid="human-noise">
      {noiseSentence(result)}
    </p>
  );
}
