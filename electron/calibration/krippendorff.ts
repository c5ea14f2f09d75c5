// Krippendorff's alpha across any number of reviewers with missing ratings, as NLTK's
// AnnotationTask.alpha computes it (nltk.metrics.agreement), degenerate cases included.
import type { Label } from './labels';
import { groupRatings, type Rating } from './ratings';

export type LabelDistance<L extends Label> = (first: L, second: L) => number;

/** NLTK's binary_distance: nominal labels either agree or do not. */
export const nominalDistance: LabelDistance<Label> = (first, second) => (first === second ? 0 : 1);

/** NLTK's interval_distance: squared difference of scores. */
export const intervalDistance: LabelDistance<number> = (first, second) => (first - second) ** 2;

/** How many times each label occurs. */
function frequencies<L extends Label>(labels: readonly L[]): Map<L, number> {
  const counts = new Map<L, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** NLTK's Disagreement: mean distance over ordered pairs of distinct ratings in the group. */
function disagreement<L extends Label>(counts: Map<L, number>, distance: LabelDistance<L>): number {
  let total = 0;
  let weightedDistances = 0;
  for (const [first, firstCount] of counts) {
    total += firstCount;
    for (const [second, secondCount] of counts) weightedDistances += firstCount * secondCount * distance(second, first);
  }
  return weightedDistances / (total * (total - 1));
}

/**
 * Alpha, or null where NLTK raises: no ratings, a single reviewer of a single item, no item rated
 * twice, or no expected disagreement among the items rated twice or more. One label value across all
 * ratings gives 1, as NLTK returns.
 */
export function krippendorffAlpha<L extends Label>(
  ratings: readonly Rating<L>[],
  distance: LabelDistance<L>,
): number | null {
  const labelValues = new Set(ratings.map((rating) => rating.label));
  if (labelValues.size === 0) return null;
  if (labelValues.size === 1) return 1;
  const items = groupRatings(ratings, (rating) => rating.item);
  const reviewers = new Set(ratings.map((rating) => rating.reviewer));
  if (reviewers.size === 1 && items.size === 1) return null;

  // Items rated once cannot disagree and are left out, of the observed and the expected alike.
  const pairable = [...items.values()].filter((itemRatings) => itemRatings.length >= 2);
  const pairableLabels = pairable.flat().map((rating) => rating.label);
  if (pairableLabels.length === 0) return null;
  const observedTotal = pairable.reduce(
    (sum, itemRatings) =>
      sum + disagreement(frequencies(itemRatings.map((rating) => rating.label)), distance) * itemRatings.length,
    0,
  );
  const expected = disagreement(frequencies(pairableLabels), distance);
  if (expected === 0) return null;
  return 1 - observedTotal / pairableLabels.length / expected;
}
