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

/** The half-widths the variances seen so far predict for n random labels in all. */
interface WidthModel {
  /** With the judge's help (PPI++ at the current λ; each label leaves one item fewer unlabelled). */
  withJudge(n: number): number;
  /** With the labels alone (the classical interval). */
  labelsAlone(n: number): number;
  /** The label count where the width with the judge is narrowest. */
  narrowest: number;
  current: { lambda: number; halfWidth: number };
}

function widthModel(labelled: readonly LabelledPoint[], unlabelled: readonly number[], alpha: number): WidthModel {
  const current = ppiMean(labelled, unlabelled, { alpha });
  const z = zFor(alpha);
  const lambda = current.lambda;
  const rectifierVariance = populationVariance(labelled.map((p) => p.truth - lambda * p.judge));
  const judgeVariance = populationVariance([...labelled.map((p) => p.judge), ...unlabelled]);
  const truthVariance = populationVariance(labelled.map((p) => p.truth));
  const total = labelled.length + unlabelled.length;
  const withJudge = (n: number) =>
    z * Math.sqrt((lambda ** 2 * judgeVariance) / Math.max(1, total - n) + rectifierVariance / n);
  return {
    withJudge,
    labelsAlone: (n: number) => z * Math.sqrt(truthVariance / n),
    // Each new label leaves one item fewer unlabelled, so the width first narrows, then widens again
    // as the judge's part rests on fewer items.
    narrowest: narrowestLabelCount(lambda ** 2 * judgeVariance, rectifierVariance, total, withJudge),
    current: { lambda, halfWidth: (current.ci[1] - current.ci[0]) / 2 },
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
  let labelsNeeded: number | null = null;
  // Search only up to the narrowest point, where the width stops narrowing.
  if (model.withJudge(model.narrowest) <= halfWidth) {
    // The smallest n that reaches the half-width (the width only narrows as n grows up to there).
    let low = 1;
    let high = model.narrowest;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (model.withJudge(mid) <= halfWidth) high = mid;
      else low = mid + 1;
    }
    labelsNeeded = low;
  }
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
