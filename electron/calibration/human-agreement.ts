// Human–human agreement on the same axes as judge–human: pass/fail always (pairwise Cohen's kappa,
// nominal Krippendorff's alpha), and scores for scale judges (pairwise quadratic-weighted kappa and
// interval alpha, which both weigh a disagreement by its squared size, as QWK does for the judge).
import type { HumanHumanAgreement } from '../../shared/calibration';
import { groupBy } from '../../shared/group-by';
import { passLabel } from './labels';
import { intervalDistance, krippendorffAlpha, nominalDistance } from './krippendorff';
import { meanPairwiseKappa } from './pairwise-kappa';

/** One reviewer's label for one item; score null for pass/fail judges. */
export interface HumanRating {
  item: string;
  reviewer: string;
  pass: boolean;
  score: number | null;
}

const passFailRatings = (ratings: readonly HumanRating[]) =>
  ratings.map(({ item, reviewer, pass }) => ({ item, reviewer, label: passLabel(pass) }));

const scoreRatings = (ratings: readonly HumanRating[]) =>
  ratings.flatMap(({ item, reviewer, score }) => (score === null ? [] : [{ item, reviewer, label: score }]));

/** Each statistic of the reviewers' agreement, from their ratings. */
export const humanStatistics = {
  pairwise_kappa: (ratings: readonly HumanRating[]) => meanPairwiseKappa(passFailRatings(ratings)),
  krippendorff_alpha: (ratings: readonly HumanRating[]) => krippendorffAlpha(passFailRatings(ratings), nominalDistance),
  pairwise_qwk: (ratings: readonly HumanRating[]) => meanPairwiseKappa(scoreRatings(ratings), 'quadratic'),
  krippendorff_alpha_interval: (ratings: readonly HumanRating[]) =>
    krippendorffAlpha(scoreRatings(ratings), intervalDistance),
};

/** The ratings of each item two or more reviewers labelled: the only items their agreement rests on. */
export function overlapItems(ratings: readonly HumanRating[]): HumanRating[][] {
  return [...groupBy(ratings, (rating) => rating.item).values()].filter(
    (itemRatings) => new Set(itemRatings.map((rating) => rating.reviewer)).size >= 2,
  );
}

export function humanHumanAgreement(ratings: readonly HumanRating[], scored: boolean): HumanHumanAgreement {
  return {
    overlap: overlapItems(ratings).length,
    pairwise_kappa: humanStatistics.pairwise_kappa(ratings),
    krippendorff_alpha: humanStatistics.krippendorff_alpha(ratings),
    ordinal: scored
      ? {
          pairwise_qwk: humanStatistics.pairwise_qwk(ratings),
          krippendorff_alpha_interval: humanStatistics.krippendorff_alpha_interval(ratings),
        }
      : null,
  };
}
