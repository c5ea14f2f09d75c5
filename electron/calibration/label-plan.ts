// How many randomly sampled expert labels give an interval of a chosen half-width, from the variances
// seen so far: with the judge (PPI++, its λ tuned for each count, the labelled items taken from the
// judged ones) and, for comparison, with the labels alone.
import { ppiMean, zFor, type LabelledPoint } from './ppi';

export interface LabelPlan {
  /** Labels in all for the half-width with the judge's help; null when no number of labels reaches it. */
  labelsNeeded: number | null;
  /** How many more than the labels used now. */
  moreLabels: number | null;
  /** Labels the classical interval (labels alone) would need. */
  labelsAloneNeeded: number;
  /** The half-width the current labels give. */
  currentHalfWidth: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const covariance = (xs: readonly number[], ys: readonly number[]) => {
  const [mx, my] = [mean(xs), mean(ys)];
  return xs.reduce((sum, x, i) => sum + (x - mx) * (ys[i]! - my), 0) / xs.length;
};

/** The half-widths the variances seen so far predict for n random labels in all. */
interface WidthModel {
  /** With the judge's help: PPI++ with λ tuned for n labels and the items left unlabelled. */
  withJudge(n: number): number;
  /** With the labels alone (the classical interval). */
  labelsAlone(n: number): number;
  current: { halfWidth: number };
}

/**
 * Each label leaves one item fewer unlabelled, so the judge's part rests on fewer items as n grows.
 * Power tuning answers that as PPI++ does for every sample: λ = Cov(Y, f) / ((1 + n/N)·Var(f)),
 * clipped to [0, 1]. At λ = 0 the estimate is the labels' own mean, so the width with the judge is
 * never wider than the labels alone give.
 */
function widthModel(labelled: readonly LabelledPoint[], unlabelled: readonly number[], alpha: number): WidthModel {
  const current = ppiMean(labelled, unlabelled, { alpha });
  const z = zFor(alpha);
  const truths = labelled.map((p) => p.truth);
  const judgeOnLabelled = labelled.map((p) => p.judge);
  const truthVariance = covariance(truths, truths);
  const cov = covariance(truths, judgeOnLabelled);
  const all = [...judgeOnLabelled, ...unlabelled];
  const judgeVariance = covariance(all, all);
  const total = all.length;
  const withJudge = (n: number) => {
    const left = Math.max(1, total - n);
    const tuned = judgeVariance === 0 ? 0 : cov / ((1 + n / left) * judgeVariance);
    const lambda = Math.min(1, Math.max(0, tuned));
    const rectifier = truthVariance - 2 * lambda * cov + lambda ** 2 * judgeVariance;
    return z * Math.sqrt((lambda ** 2 * judgeVariance) / left + Math.max(0, rectifier) / n);
  };
  return {
    withJudge,
    labelsAlone: (n: number) => z * Math.sqrt(truthVariance / n),
    current: { halfWidth: (current.ci[1] - current.ci[0]) / 2 },
  };
}

/**
 * @param labelled the items labelled so far (randomly sampled), with the judge's value on each
 * @param unlabelled the judge's values on the other judged items
 */
export function planLabels(
  labelled: readonly LabelledPoint[],
  unlabelled: readonly number[],
  halfWidth: number,
  { alpha = 0.05 } = {},
): LabelPlan {
  if (!(halfWidth > 0)) throw new RangeError('The half-width must be above 0.');
  const model = widthModel(labelled, unlabelled, alpha);
  const total = labelled.length + unlabelled.length;
  // The first count that reaches it (a closed form per count: a scan of every count is quick).
  let labelsNeeded: number | null = null;
  for (let n = 1; n < total && labelsNeeded === null; n++) if (model.withJudge(n) <= halfWidth) labelsNeeded = n;
  return {
    labelsNeeded,
    moreLabels: labelsNeeded === null ? null : Math.max(0, labelsNeeded - labelled.length),
    // The labels-alone width shrinks as 1/√n from its width at one label.
    labelsAloneNeeded: Math.ceil(model.labelsAlone(1) ** 2 / halfWidth ** 2),
    currentHalfWidth: model.current.halfWidth,
  };
}

/** Points the planner's curve is drawn through. */
const CURVE_POINTS = 30;

/**
 * The planner's curve: the half-width after n random labels in all, with the judge's help and with
 * the labels alone, from two labels to past the count needed (or every item, when none suffices),
 * the current count and the count needed among the points.
 */
export function planCurve(
  labelled: readonly LabelledPoint[],
  unlabelled: readonly number[],
  labelsNeeded: number | null,
  { alpha = 0.05 } = {},
): { labels: number; withJudge: number; labelsAlone: number }[] {
  const model = widthModel(labelled, unlabelled, alpha);
  const total = labelled.length + unlabelled.length;
  const last = Math.min(total - 1, Math.max(2 * labelled.length, Math.ceil(1.25 * (labelsNeeded ?? total))));
  const step = Math.max(1, (last - 2) / (CURVE_POINTS - 1));
  const evenly = Array.from({ length: CURVE_POINTS }, (_, i) => Math.round(2 + i * step)).filter((n) => n <= last);
  const counts = [...new Set([...evenly, labelled.length, ...(labelsNeeded === null ? [] : [labelsNeeded])])]
    .filter((n) => n >= 2 && n <= last)
    .sort((a, b) => a - b);
  return counts.map((n) => ({ labels: n, withJudge: model.withJudge(n), labelsAlone: model.labelsAlone(n) }));
}
