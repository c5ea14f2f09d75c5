/** @jsxRuntime automatic @jsxImportSource react */
// The report's Trust section: on each dataset the judge judged, the PPI++ estimate with its interval
// beside the judge's raw rate and the labels' own rate (a table and a static SVG of the intervals),
// the labelling plan in a sentence; the experts' agreement among themselves with its interval
// and how many items they split on; and the judge's latest audit.
import type { JudgeAgreement } from '../../../shared/contract';
import type { RateWithInterval, TrustPlan, TrustView } from '../../../shared/trust';
import type { ExportTrust } from '../export-data';
import { AuditSection } from './audit-section';
import { RatesFigure } from './rates-figure';
import { IntervalHead } from './stats-table';

const fixed = (value: number) => value.toFixed(3);

function RateRow({ name, rate }: { name: string; rate: RateWithInterval }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td data-rate={name}>{fixed(rate.value)}</td>
      <td>{`${fixed(rate.ci[0])} – ${fixed(rate.ci[1])}`}</td>
    </tr>
  );
}

/** The plan in plain words, as the Calibration view says it. */
function planSentence(plan: TrustPlan, passRate: boolean): string {
  const within = passRate ? `±${Math.round(plan.half_width * 1000) / 10} points` : `±${fixed(plan.half_width)}`;
  if (plan.more_labels === null)
    return `No number of random labels on this dataset gets the estimate within ${within}.`;
  if (plan.more_labels === 0)
    return `The ${plan.labels_used} random labels so far already give the estimate within ${within}.`;
  return `Label ${plan.more_labels} more randomly sampled items (${plan.labels_needed} in all) to know the estimate within ${within}; labels alone would need ${plan.labels_alone_needed}.`;
}

function DatasetTrust({ name, view, passRate }: { name: string; view: TrustView; passRate: boolean }) {
  const { estimate, plan } = view;
  return (
    <section className="trust-dataset">
      <h3>Dataset {name}</h3>
      {estimate === null ? (
        <p>No estimate: {view.notEnough}</p>
      ) : (
        <>
          <p>
            {estimate.items} items judged, {estimate.labels_used} randomly sampled expert labels used
            {estimate.labels_excluded.map(({ reason, count }) => `; ${count} left out (${reason})`).join('')}.
          </p>
          <div className="figures">
            <table className="stats">
              <IntervalHead name="rate" />
              <tbody>
                <RateRow name="estimate (PPI++)" rate={estimate.estimate} />
                <RateRow name="judge alone" rate={estimate.judge_rate} />
                <RateRow name="labels alone" rate={estimate.labelled_rate} />
              </tbody>
            </table>
            <RatesFigure
              rates={[
                { name: 'judge alone', rate: estimate.judge_rate },
                { name: 'labels alone', rate: estimate.labelled_rate },
                { name: 'estimate', rate: estimate.estimate },
              ]}
            />
          </div>
          {plan && <p className="plan">{planSentence(plan, passRate)}</p>}
        </>
      )}
    </section>
  );
}

function ExpertsAgreement({ stats, splits }: { stats: JudgeAgreement; splits: number }) {
  const { human_human: humans, ci } = stats;
  const onScores = humans.ordinal !== null && ci.human_human.ordinal !== null;
  const alpha = onScores ? humans.ordinal!.krippendorff_alpha_interval : humans.krippendorff_alpha;
  const interval = onScores ? ci.human_human.ordinal!.krippendorff_alpha_interval : ci.human_human.krippendorff_alpha;
  if (humans.overlap === 0) return <p>No item was labelled by two experts, so their agreement is unknown.</p>;
  const range =
    interval.lower === null || interval.upper === null
      ? ''
      : ` (95% ${fixed(interval.lower)} – ${fixed(interval.upper)})`;
  return (
    <p className="experts">
      Experts among themselves: Krippendorff’s α{onScores ? ' on scores' : ''}{' '}
      {alpha === null ? 'undefined' : fixed(alpha)}
      {range} on {humans.overlap} items labelled by two or more; they split on {splits} items.
    </p>
  );
}

export function TrustSection({
  stats,
  trust,
  passRate,
}: {
  stats: JudgeAgreement;
  trust: ExportTrust;
  /** A yes/no judge: the rates are pass rates, their widths read in points. */
  passRate: boolean;
}) {
  return (
    <>
      <h2>Trust</h2>
      <ExpertsAgreement stats={stats} splits={trust.expertSplits} />
      {trust.datasets.map((dataset) => (
        <DatasetTrust key={dataset.name} name={dataset.name} view={dataset.view} passRate={passRate} />
      ))}
      <AuditSection audit={trust.audit} />
    </>
  );
}
