// Agreement between a judge version and human labels, as the API and `gavel stats --json` report it.
// Every statistic is a number, or null where the library it matches (scikit-learn, SciPy, NLTK)
// returns NaN: JSON has no NaN, and null reads as "undefined for this data", not as zero.
import type { FewShotExample } from './judging';

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
  /** Items two or more reviewers labelled: the overlap these statistics are measured on. */
  overlap: number;
  pairwise_kappa: number | null;
  krippendorff_alpha: number | null;
  ordinal: { pairwise_qwk: number | null; krippendorff_alpha_interval: number | null } | null;
}

/** Bootstrap 95% intervals of the reviewers' agreement among themselves, resampling the overlap items. */
export interface HumanHumanIntervals {
  pairwise_kappa: Interval;
  krippendorff_alpha: Interval;
  /** Null for pass/fail judges. */
  ordinal: { pairwise_qwk: Interval; krippendorff_alpha_interval: Interval } | null;
}

/** Bootstrap 95% intervals (seeded); Kendall's tau-b has none (O(n²) per resample). */
export interface AgreementIntervals {
  binary: Record<'accuracy' | 'kappa' | 'f1_fail', Interval>;
  /** Null for pass/fail judges. */
  ordinal: Record<'exact' | 'within1' | 'qwk' | 'spearman' | 'mae' | 'bias', Interval> | null;
  human_human: HumanHumanIntervals;
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

/** An item as calibration points at it: enough to open it in its dataset's review queue. */
export interface ItemRef {
  itemId: number;
  datasetId: number;
  key: string;
}

/** An item where the experts gave different verdicts, with each reviewer's answer as people write it. */
export interface ExpertSplit {
  item: ItemRef;
  labels: { reviewer: string; answer: string }[];
}

/** Agreement of one version of a judge, for its history over time. */
export interface VersionAgreement {
  version: number;
  createdAt: string;
  /** Null when the version has no verdicts paired with a human decision. */
  agreement: AgreementResult | null;
}

/** One cell of a confusion matrix: the judge said `judge`, the humans said `human`. */
export interface ConfusionCell {
  judge: string;
  human: string;
  items: ItemRef[];
}

/** Everything the calibration view of one judge shows. */
export interface CalibrationOverview {
  judge: string;
  /** The version the matrices, distributions and tags describe: the newest with verdicts, or the one asked for. */
  version: number;
  /** Oldest first. */
  versions: VersionAgreement[];
  /** Pass/fail matrix: judge ∈ {pass, fail} × human ∈ {pass, fail}; every pair in exactly one cell. */
  passFail: ConfusionCell[];
  /** Scale judges: score × score (values as strings, e.g. "4"); categorical judges: label × label; null for pass/fail judges. */
  scores: { values: string[]; cells: ConfusionCell[] } | null;
  /** How often the judge and the humans gave each value (score, label, or "pass"/"fail"). */
  distribution: Array<{ value: string; judge: number; human: number }>;
  /** Audit tags the reviewers put on this judge's justifications, most frequent first. */
  auditTags: Array<{ tag: string; count: number }>;
  /** Metadata fields of the judged items, for a breakdown. */
  metadataFields: string[];
  /** Items of the version where the experts split (see `expertsSplit`), in key order. */
  expertSplits: ExpertSplit[];
}

/** Agreement within each value of a metadata field (items without the field under "(none)"). */
export interface BreakdownRow {
  value: string;
  agreement: AgreementResult;
  /**
   * Whether the judge agrees with the experts significantly less often here than on the other items:
   * one-sided Fisher's exact test, Holm-adjusted across the field's values.
   */
  worse: { pValue: number; adjusted: number; flagged: boolean };
}

/** One example of a curated few-shot set as the builder edits it. */
export interface FewShotSetView {
  judge: string;
  /** True when nothing is saved yet and these are Gavel's suggestions. */
  suggested: boolean;
  savedAt: string | null;
  examples: FewShotExample[];
}

/** A verdict before and after calibration, with the humans' decision. */
export interface ChangedVerdict {
  item: ItemRef;
  before: { score: number | null; label: string | null; pass: boolean };
  after: { score: number | null; label: string | null; pass: boolean };
  human: { score: number | null; label: string | null; pass: boolean };
}

export type CalibrationStatus = 'running' | 'done' | 'failed' | 'cancelled';

/** "Close the loop": a new judge version with few-shot examples, measured on labelled items it never saw. */
export interface CalibrationView {
  id: number;
  judge: string;
  fromVersion: number;
  toVersion: number;
  /** The new version's runs: one per dataset the measured items are in. */
  runIds: number[];
  status: CalibrationStatus;
  createdAt: string;
  /** Item keys of the examples put into the new version. */
  examples: string[];
  /** Hold-out share fixed before the examples were chosen (0 = measured on every other labelled item). */
  holdout: number;
  /** Labelled items measured: never among the examples (and in the hold-out, when there is one). */
  measuredOn: number;
  /** Agreement of the old and the new version on exactly the measured items (null until the run is done). */
  before: AgreementResult | null;
  after: AgreementResult | null;
  /** USD spent by the runs (null where the model has no price). */
  cost: number | null;
  changed: ChangedVerdict[];
  /** Why it failed, when it did. */
  error: string | null;
}
