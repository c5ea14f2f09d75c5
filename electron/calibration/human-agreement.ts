// Human–human agreement on the same axes as judge–human: pass/fail always (pairwise Cohen's kappa,
// nominal Krippendorff's alpha), and scores for scale judges (pairwise quadratic-weighted kappa and
// interval alpha, which both weigh a disagreement by its squared size, as QWK does for the judge).
import type { HumanHumanAgreement } from '../../shared/calibration';
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

export function humanHumanAgreement(ratings: readonly HumanRating[], scored: boolean): HumanHumanAgreement {
  const passFail = ratings.map(({ item, reviewer, pass }) => ({ item, reviewer, label: passLabel(pass) }));
  const scores = ratings.flatMap(({ item, reviewer, score }) =>
    score === null ? [] : [{ item, reviewer, label: score }],
  );
  return {
    pairwise_kappa: meanPairwiseKappa(passFail),
    krippendorff_alpha: krippendorffAlpha(passFail, nominalDistance),
    ordinal: scored
      ? {
          pairwise_qwk: meanPairwiseKappa(scores, 'quadratic'),
          krippendorff_alpha_interval: krippendorffAlpha(scores, intervalDistance),
        }
      : null,
  };
}
