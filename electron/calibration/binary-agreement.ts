// Judge–human agreement on pass/fail, with pass as the positive class and the human as the truth,
// matching scikit-learn's accuracy_score, cohen_kappa_score, confusion_matrix and
// precision_recall_fscore_support(zero_division=0). Null marks what scikit-learn leaves NaN.
import type { BinaryAgreement, Confusion } from '../../shared/calibration';
import { cohenKappa } from './cohen-kappa';
import { passLabel } from './labels';

export interface PassFailPair {
  judgePass: boolean;
  humanPass: boolean;
}

export function confusionOf(pairs: readonly PassFailPair[]): Confusion {
  const count = (judgePass: boolean, humanPass: boolean) =>
    pairs.filter((pair) => pair.judgePass === judgePass && pair.humanPass === humanPass).length;
  return { tp: count(true, true), fp: count(true, false), fn: count(false, true), tn: count(false, false) };
}

/** scikit-learn's zero_division=0: a ratio with nothing to divide by is 0. */
function ratioOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * Precision, recall and F1 of one class from its hits, false alarms and misses. F1 as scikit-learn
 * computes it (2·tp / (2·tp + fp + fn)), so it is 0, not NaN, when precision and recall are both 0.
 */
function classScores(hits: number, falseAlarms: number, misses: number) {
  return {
    precision: ratioOrZero(hits, hits + falseAlarms),
    recall: ratioOrZero(hits, hits + misses),
    f1: ratioOrZero(2 * hits, 2 * hits + falseAlarms + misses),
  };
}

export function accuracyOf(pairs: readonly PassFailPair[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter((pair) => pair.judgePass === pair.humanPass).length / pairs.length;
}

export function passFailKappa(pairs: readonly PassFailPair[]): number | null {
  return cohenKappa(pairs.map((pair) => [passLabel(pair.humanPass), passLabel(pair.judgePass)] as const));
}

/** F1 of the fail class: how well the judge catches the answers humans failed. */
export function failF1(pairs: readonly PassFailPair[]): number {
  const { fp, fn, tn } = confusionOf(pairs);
  return classScores(tn, fn, fp).f1;
}

export function binaryAgreement(pairs: readonly PassFailPair[]): BinaryAgreement {
  const confusion = confusionOf(pairs);
  const { tp, fp, fn, tn } = confusion;
  // For the fail class a hit is a true negative, a false alarm a judge fail the human passed.
  const fail = classScores(tn, fn, fp);
  const pass = classScores(tp, fp, fn);
  return {
    accuracy: accuracyOf(pairs),
    kappa: passFailKappa(pairs),
    confusion,
    precision_fail: fail.precision,
    recall_fail: fail.recall,
    f1_fail: fail.f1,
    precision_pass: pass.precision,
    recall_pass: pass.recall,
    f1_pass: pass.f1,
  };
}
