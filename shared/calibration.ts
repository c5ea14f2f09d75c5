// Agreement between a judge version and human labels, as the API and `gavel stats --json` report it.
// Every statistic is a number, or null where the library it matches (scikit-learn, SciPy, NLTK)
// returns NaN: JSON has no NaN, and null reads as "undefined for this data", not as zero.

export interface Interval {
  lower: number | null;
  upper: number | null;
}

/** Pass is the positive class; the human is the truth. */
export interface Confusion {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryAgreement {
  accuracy: number | null;
  kappa: number | null;
  confusion: Confusion;
  precision_fail: number;
  recall_fail: number;
  f1_fail: number;
  precision_pass: number;
  recall_pass: number;
  f1_pass: number;
}

export interface OrdinalAgreement {
  exact: number | null;
  within1: number | null;
  qwk: number | null;
  spearman: number | null;
  kendall_tau_b: number | null;
  mae: number | null;
  bias: number | null;
}

export interface HumanHumanAgreement {
  pairwise_kappa: number | null;
  krippendorff_alpha: number | null;
  ordinal: { pairwise_qwk: number | null; krippendorff_alpha_interval: number | null } | null;
}

/** Bootstrap 95% intervals (seeded); Kendall's tau-b has none (O(n²) per resample). */
export interface AgreementIntervals {
  binary: Record<'accuracy' | 'kappa' | 'f1_fail', Interval>;
  /** Null for pass/fail judges. */
  ordinal: Record<'exact' | 'within1' | 'qwk' | 'spearman' | 'mae' | 'bias', Interval> | null;
}

export interface AgreementResult {
  judge: string;
  version: number;
  n: number;
  binary: BinaryAgreement;
  /** Null for pass/fail judges. */
  ordinal: OrdinalAgreement | null;
  ci: AgreementIntervals;
  human_human: HumanHumanAgreement;
  /** A plain warning when there are too few items to trust the numbers. */
  warning: string | null;
}
