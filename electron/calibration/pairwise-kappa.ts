// Mean Cohen's kappa over every pair of reviewers, each pair on the items both rated (Cohen's kappa as
// scikit-learn computes it; see cohen-kappa.ts).
import { mean } from 'simple-statistics';
import { cohenKappa, type KappaWeights } from './cohen-kappa';
import type { Label, LabelPair } from './labels';
import { groupRatings, type Rating } from './ratings';

/** Both reviewers' labels on the items they both rated, in the first reviewer's order. */
function sharedItems<L extends Label>(first: readonly Rating<L>[], second: readonly Rating<L>[]): LabelPair<L>[] {
  // A reviewer who rated an item twice counts with the later rating.
  const secondLabels = new Map(second.map((rating) => [rating.item, rating.label]));
  const firstLabels = new Map(first.map((rating) => [rating.item, rating.label]));
  return [...firstLabels].flatMap(([item, label]) => {
    const other = secondLabels.get(item);
    return other === undefined ? [] : [[label, other] as const];
  });
}

/**
 * The mean over pairs whose kappa is defined; pairs with no shared items or an undefined kappa
 * (scikit-learn's NaN) are left out, and null when none is left.
 */
export function meanPairwiseKappa<L extends Label>(
  ratings: readonly Rating<L>[],
  weights: KappaWeights = 'none',
): number | null {
  const byReviewer = [...groupRatings(ratings, (rating) => rating.reviewer).values()];
  const reviewerPairs = byReviewer.flatMap((first, index) =>
    byReviewer.slice(index + 1).map((second) => sharedItems(first, second)),
  );
  return meanKappa(reviewerPairs, weights);
}

/** The mean kappa of several pairs of reviewers, each given as their labels on the items both rated. */
export function meanKappa<L extends Label>(
  reviewerPairs: Iterable<readonly LabelPair<L>[]>,
  weights: KappaWeights = 'none',
): number | null {
  const kappas = [...reviewerPairs].flatMap((shared) => {
    const kappa = cohenKappa(shared, weights);
    return kappa === null ? [] : [kappa];
  });
  return kappas.length === 0 ? null : mean(kappas);
}
