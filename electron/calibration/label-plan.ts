// How many randomly sampled expert labels give an interval of a chosen half-width, from the variances
// seen so far: with the judge (PPI++ at the current λ, the labelled items taken from the judged ones)
// and, for comparison, with the labels alone.
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

const populationVariance = (values: readonly number[]) => {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
};

/**
 * The label count with the narrowest interval: a/(T − n) + b/n is least at n = T·√b / (√a + √b);
 * the nearest whole count on either side that gives the narrower width.
 */
function narrowestLabelCount(a: number, b: number, total: number, width: (n: number) => number): number {
  if (a === 0) return total;
  const real = (total * Math.sqrt(b)) / (Math.sqrt(a) + Math.sqrt(b));
  const candidates = [Math.floor(real), Math.ceil(real)].map((n) => Math.min(total - 1, Math.max(1, n)));
  return width(candidates[0]!) <= width(candidates[1]!) ? candidates[0]! : candidates[1]!;
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
  const current = ppiMean(labelled, unlabelled, { alpha });
  const z = zFor(alpha);
  const lambda = current.lambda;
  const rectifierVariance = populationVariance(labelled.map((p) => p.truth - lambda * p.judge));
  const judgeVariance = populationVariance([...labelled.map((p) => p.judge), ...unlabelled]);
  const total = labelled.length + unlabelled.length;
  const halfWidthWith = (n: number) =>
    z * Math.sqrt((lambda ** 2 * judgeVariance) / Math.max(1, total - n) + rectifierVariance / n);

  // Each new label leaves one item fewer unlabelled, so the width first narrows, then widens again
  // as the judge's part rests on fewer items: search only up to the narrowest point.
  const narrowest = narrowestLabelCount(lambda ** 2 * judgeVariance, rectifierVariance, total, halfWidthWith);
  let labelsNeeded: number | null = null;
  if (halfWidthWith(narrowest) <= halfWidth) {
    // The smallest n that reaches the half-width (the width only narrows as n grows up to there).
    let low = 1;
    let high = narrowest;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (halfWidthWith(mid) <= halfWidth) high = mid;
      else low = mid + 1;
    }
    labelsNeeded = low;
  }
  const truthVariance = populationVariance(labelled.map((p) => p.truth));
  return {
    labelsNeeded,
    moreLabels: labelsNeeded === null ? null : Math.max(0, labelsNeeded - labelled.length),
    labelsAloneNeeded: Math.ceil((z ** 2 * truthVariance) / halfWidth ** 2),
    currentHalfWidth: (current.ci[1] - current.ci[0]) / 2,
  };
}
