// The experts' agreement statistics over bootstrap resamples of the items two or more of them
// labelled. Each item is prepared once (its label counts, its within-item disagreement, each pair of
// reviewers' labels on it), so a resample only sums and concatenates: regrouping every rating a
// thousand times took seconds on a few hundred items. The results equal the statistics on the
// resampled ratings (an item drawn twice counting as two items).
import type { HumanRating } from './human-agreement';
import {
  intervalDistance,
  nominalDistance,
  alphaItem,
  alphaOfItems,
  type AlphaItem,
  type LabelDistance,
} from './krippendorff';
import { passLabel, type Label, type LabelPair } from './labels';
import { meanKappa } from './pairwise-kappa';

interface Prepared<L extends Label> {
  /** Null when fewer than two ratings carry this kind of label. */
  alpha: AlphaItem<L> | null;
  /** Each pair of reviewers who both rated the item (names in order, joined), with their labels. */
  pairs: (readonly [pair: string, labels: LabelPair<L>])[];
}

/** One overlap item, ready for any resample. */
export interface OverlapItem {
  passFail: Prepared<'pass' | 'fail'>;
  scores: Prepared<number>;
}

function prepare<L extends Label>(labelled: { reviewer: string; label: L }[], distance: LabelDistance<L>): Prepared<L> {
  const sorted = [...labelled].sort((a, b) => (a.reviewer < b.reviewer ? -1 : a.reviewer > b.reviewer ? 1 : 0));
  const pairs = sorted.flatMap((first, index) =>
    sorted
      .slice(index + 1)
      .map((second) => [`${first.reviewer}\u0000${second.reviewer}`, [first.label, second.label]] as const),
  );
  return {
    alpha:
      labelled.length >= 2
        ? alphaItem(
            labelled.map((rating) => rating.label),
            distance,
          )
        : null,
    pairs,
  };
}

/** An item's ratings (one per reviewer), prepared for pass/fail and for scores. */
export function overlapItem(ratings: readonly HumanRating[]): OverlapItem {
  return {
    passFail: prepare(
      ratings.map((rating) => ({ reviewer: rating.reviewer, label: passLabel(rating.pass) })),
      nominalDistance,
    ),
    scores: prepare(
      ratings.flatMap((rating) => (rating.score === null ? [] : [{ reviewer: rating.reviewer, label: rating.score }])),
      intervalDistance,
    ),
  };
}

/** Alpha of a resample; one label value throughout gives 1, as on the ratings themselves. */
function resampledAlpha<L extends Label>(parts: readonly Prepared<L>[], distance: LabelDistance<L>): number | null {
  const items = parts.flatMap((part) => (part.alpha ? [part.alpha] : []));
  const labels = new Set(items.flatMap((item) => item.counts.map(([label]) => label)));
  return labels.size === 1 ? 1 : alphaOfItems(items, distance);
}

/** Mean pairwise kappa of a resample: each reviewer pair's labels over the drawn items they share. */
function resampledKappa<L extends Label>(parts: readonly Prepared<L>[], weights: 'none' | 'quadratic'): number | null {
  const byPair = new Map<string, LabelPair<L>[]>();
  for (const part of parts) {
    for (const [pair, labels] of part.pairs) {
      const shared = byPair.get(pair);
      if (shared) shared.push(labels);
      else byPair.set(pair, [labels]);
    }
  }
  return meanKappa(byPair.values(), weights);
}

export const resampledStatistics = {
  pairwise_kappa: (sample: readonly OverlapItem[]) =>
    resampledKappa(
      sample.map((item) => item.passFail),
      'none',
    ),
  krippendorff_alpha: (sample: readonly OverlapItem[]) =>
    resampledAlpha(
      sample.map((item) => item.passFail),
      nominalDistance,
    ),
  pairwise_qwk: (sample: readonly OverlapItem[]) =>
    resampledKappa(
      sample.map((item) => item.scores),
      'quadratic',
    ),
  krippendorff_alpha_interval: (sample: readonly OverlapItem[]) =>
    resampledAlpha(
      sample.map((item) => item.scores),
      intervalDistance,
    ),
};
