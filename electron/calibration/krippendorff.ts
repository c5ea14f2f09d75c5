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
  return alphaOfItems(
    pairable.map((itemRatings) =>
      alphaItem(
        itemRatings.map((rating) => rating.label),
        distance,
      ),
    ),
    distance,
  );
}

/** An item rated twice or more, as alpha sums it: its label counts and its weighted within-item disagreement. */
export interface AlphaItem<L extends Label> {
  /** Each label on the item with how often it was given. */
  counts: readonly (readonly [L, number])[];
  ratings: number;
  /** The item's disagreement times its number of ratings. */
  observed: number;
}

export function alphaItem<L extends Label>(labels: readonly L[], distance: LabelDistance<L>): AlphaItem<L> {
  const counts = frequencies(labels);
  return { counts: [...counts], ratings: labels.length, observed: disagreement(counts, distance) * labels.length };
}

/**
 * Alpha over items rated twice or more, from their parts (a bootstrap resample sums parts computed
 * once); null without ratings or without expected disagreement.
 */
export function alphaOfItems<L extends Label>(
  items: readonly AlphaItem<L>[],
  distance: LabelDistance<L>,
): number | null {
  const pooled = new Map<L, number>();
  let ratings = 0;
  let observed = 0;
  for (const item of items) {
    ratings += item.ratings;
    observed += item.observed;
    for (const [label, count] of item.counts) pooled.set(label, (pooled.get(label) ?? 0) + count);
  }
  if (ratings === 0) return null;
  const expected = disagreement(pooled, distance);
  if (expected === 0) return null;
  return 1 - observed / ratings / expected;
}
