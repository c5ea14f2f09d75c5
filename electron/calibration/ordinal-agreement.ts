// Judge–human agreement on a score scale. Each statistic names the library definition it matches;
// null marks what that library leaves NaN.
import type { OrdinalAgreement } from '../../shared/calibration';
import { mean, sampleRankCorrelation } from 'simple-statistics';
import { cohenKappa } from './cohen-kappa';
import { kendallTauB } from './kendall-tau';

export interface ScorePair {
  judgeScore: number;
  humanScore: number;
}

const judgeScores = (pairs: readonly ScorePair[]) => pairs.map((pair) => pair.judgeScore);
const humanScores = (pairs: readonly ScorePair[]) => pairs.map((pair) => pair.humanScore);
/** Human first, as the reference passes them to scikit-learn and SciPy. */
const humanJudgePairs = (pairs: readonly ScorePair[]) =>
  pairs.map((pair) => [pair.humanScore, pair.judgeScore] as const);

/** Mean over items, or null with no items (numpy's mean of nothing is NaN). */
function meanOver(pairs: readonly ScorePair[], value: (pair: ScorePair) => number): number | null {
  return pairs.length === 0 ? null : mean(pairs.map(value));
}

/** Share of items with the same score (scikit-learn's accuracy_score on the scores). */
export function exactAgreement(pairs: readonly ScorePair[]): number | null {
  return meanOver(pairs, (pair) => (pair.judgeScore === pair.humanScore ? 1 : 0));
}

/** Share of items whose scores are at most one point apart. */
export function withinOneAgreement(pairs: readonly ScorePair[]): number | null {
  return meanOver(pairs, (pair) => (Math.abs(pair.judgeScore - pair.humanScore) <= 1 ? 1 : 0));
}

/** scikit-learn's cohen_kappa_score(human, judge, weights='quadratic'). */
export function quadraticWeightedKappa(pairs: readonly ScorePair[]): number | null {
  return cohenKappa(humanJudgePairs(pairs), 'quadratic');
}

/**
 * scipy.stats.spearmanr: Pearson's r of the ranks, ties given their average rank; null where SciPy
 * gives NaN (fewer than two items, or one side constant).
 */
export function spearmanRho(pairs: readonly ScorePair[]): number | null {
  if (pairs.length < 2) return null;
  const rho = sampleRankCorrelation(humanScores(pairs), judgeScores(pairs));
  return Number.isFinite(rho) ? rho : null;
}

/** scikit-learn's mean_absolute_error. */
export function meanAbsoluteError(pairs: readonly ScorePair[]): number | null {
  return meanOver(pairs, (pair) => Math.abs(pair.judgeScore - pair.humanScore));
}

/** Judge mean minus human mean: positive when the judge scores more generously. */
export function scoreBias(pairs: readonly ScorePair[]): number | null {
  return pairs.length === 0 ? null : mean(judgeScores(pairs)) - mean(humanScores(pairs));
}

export function ordinalAgreement(pairs: readonly ScorePair[]): OrdinalAgreement {
  return {
    exact: exactAgreement(pairs),
    within1: withinOneAgreement(pairs),
    qwk: quadraticWeightedKappa(pairs),
    spearman: spearmanRho(pairs),
    kendall_tau_b: kendallTauB(humanJudgePairs(pairs)),
    mae: meanAbsoluteError(pairs),
    bias: scoreBias(pairs),
  };
}
