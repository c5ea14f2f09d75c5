// Which statistics get bootstrap intervals: all but Kendall's tau-b, whose O(n²) count times 1000
// resamples would stall large label sets.
import type { AgreementIntervals, HumanHumanIntervals, Interval } from '../../shared/calibration';
import { accuracyOf, failF1, passFailKappa, type PassFailPair } from './binary-agreement';
import { bootstrapIntervals, type BootstrapOptions } from './bootstrap';
import { overlapItems, type HumanRating } from './human-agreement';
import { overlapItem, resampledStatistics } from './human-resample';
import {
  exactAgreement,
  meanAbsoluteError,
  quadraticWeightedKappa,
  scoreBias,
  spearmanRho,
  withinOneAgreement,
  type ScorePair,
} from './ordinal-agreement';

const passFailStatistics = { accuracy: accuracyOf, kappa: passFailKappa, f1_fail: failF1 };

const ordinalStatistics = {
  exact: exactAgreement,
  within1: withinOneAgreement,
  qwk: quadraticWeightedKappa,
  spearman: spearmanRho,
  mae: meanAbsoluteError,
  bias: scoreBias,
};

export type PassFailIntervals = Record<keyof typeof passFailStatistics, Interval> & AgreementIntervals['binary'];
export type OrdinalIntervals = Record<keyof typeof ordinalStatistics, Interval> &
  NonNullable<AgreementIntervals['ordinal']>;

export function passFailIntervals(pairs: readonly PassFailPair[], options: BootstrapOptions): PassFailIntervals {
  return bootstrapIntervals(pairs, passFailStatistics, options);
}

export function ordinalIntervals(pairs: readonly ScorePair[], options: BootstrapOptions): OrdinalIntervals {
  return bootstrapIntervals(pairs, ordinalStatistics, options);
}

const humanPassFailStatistics = {
  pairwise_kappa: resampledStatistics.pairwise_kappa,
  krippendorff_alpha: resampledStatistics.krippendorff_alpha,
};

const humanScoreStatistics = {
  pairwise_qwk: resampledStatistics.pairwise_qwk,
  krippendorff_alpha_interval: resampledStatistics.krippendorff_alpha_interval,
};

/**
 * The reviewers' agreement among themselves, resampling the items two or more of them labelled (the
 * same resamples for every statistic: the same seed over the same items).
 */
export function humanHumanIntervals(
  ratings: readonly HumanRating[],
  scored: boolean,
  options: BootstrapOptions,
): HumanHumanIntervals {
  const overlap = overlapItems(ratings).map(overlapItem);
  return {
    ...bootstrapIntervals(overlap, humanPassFailStatistics, options),
    ordinal: scored ? bootstrapIntervals(overlap, humanScoreStatistics, options) : null,
  };
}
