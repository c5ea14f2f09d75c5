// The agreement statistics in words, for everything people read (the Calibration view, the HTML
// report); files for programs keep the keys.
export const METRIC_NAMES = {
  accuracy: { name: 'Accuracy', hint: 'share of items where the judge’s pass/fail matches the humans’' },
  kappa: { name: 'Cohen’s κ', hint: 'agreement beyond chance: 0 is chance, 1 is perfect' },
  f1_fail: { name: 'F1 on fails', hint: 'how well the judge catches the answers humans failed' },
  precision_fail: { name: 'Precision on fails', hint: 'share of the judge’s fails the humans also failed' },
  recall_fail: { name: 'Recall on fails', hint: 'share of the humans’ fails the judge also failed' },
  precision_pass: { name: 'Precision on passes', hint: 'share of the judge’s passes the humans also passed' },
  recall_pass: { name: 'Recall on passes', hint: 'share of the humans’ passes the judge also passed' },
  f1_pass: { name: 'F1 on passes', hint: 'how well the judge finds the answers humans passed' },
  exact: { name: 'Exact score', hint: 'same score as the humans' },
  within1: { name: 'Within 1', hint: 'score at most one point off' },
  qwk: { name: 'Quadratic κ', hint: 'weighted agreement on the scale' },
  spearman: { name: 'Spearman ρ', hint: 'rank correlation of the scores' },
  kendall_tau_b: { name: 'Kendall τ-b', hint: 'rank agreement (no interval)' },
  mae: { name: 'Mean abs. error', hint: 'average distance from the humans’ score' },
  bias: { name: 'Bias', hint: 'judge minus humans, on average: above 0 is lenient' },
  human_pairwise_kappa: { name: 'Experts’ pairwise κ', hint: 'the experts’ agreement among themselves' },
  human_krippendorff_alpha: { name: 'Experts’ Krippendorff α', hint: 'the experts’ agreement among themselves' },
} as const;

export type MetricKey = keyof typeof METRIC_NAMES;
