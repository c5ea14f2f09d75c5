// What the Trust numbers are, as the core returns them and `gavel estimate|plan --json` print them.

/** The half-width the planner aims at unless asked otherwise: ±3 points of a pass rate. */
export const DEFAULT_HALF_WIDTH = 0.03;

/** A first batch of random labels: enough for a rough estimate, and the planner's curve to say how many more. */
export const FIRST_RANDOM_SAMPLE = 20;

/** A mean (a pass rate, or a mean score) with its 95% interval `[low, high]`. */
export interface RateWithInterval {
  value: number;
  ci: [number, number];
}

export type ExclusionReason = 'not randomly sampled' | 'sampling unknown';

export interface TrustEstimate {
  judge: string;
  version: number;
  dataset: string;
  /** Items the judge version judged in the dataset (finished verdicts). */
  items: number;
  /** Of those, items with a final expert label (one reviewer's, or the consensus). */
  labelled: number;
  /** The judge's own rate over every judged item. */
  judge_rate: RateWithInterval;
  /** The experts' rate over the usable labels alone. */
  labelled_rate: RateWithInterval;
  /** PPI++: the judge's verdicts on every item corrected by the usable labels. */
  estimate: RateWithInterval & { method: 'ppi++'; lambda: number };
  /** Labelled items whose sampling is known and random, used in the estimate. */
  labels_used: number;
  /** Labelled items left out of the estimate, per reason. */
  labels_excluded: { reason: ExclusionReason; count: number }[];
}

export interface TrustPlan {
  judge: string;
  version: number;
  dataset: string;
  half_width: number;
  labels_used: number;
  /** Random labels in all for the half-width with the judge's help; null when none reach it. */
  labels_needed: number | null;
  /** How many more than `labels_used`; null when no number of labels reaches the half-width. */
  more_labels: number | null;
  /** Random labels the labels alone would need. */
  labels_alone_needed: number;
  /** The half-width the usable labels give now. */
  current_half_width: number;
}

/** The interval's half-width after `labels` random labels in all, with the judge's help and without. */
export interface PlanPoint {
  labels: number;
  with_judge: number;
  labels_alone: number;
}

/** The Trust section's answer: the estimate and plan, or why there is none yet. */
export interface TrustView {
  estimate: TrustEstimate | null;
  plan: TrustPlan | null;
  /** The planner's curve, in label order; empty without an estimate. */
  curve: PlanPoint[];
  /** Why no estimate can be made (too few random labels, a categories judge), in plain words. */
  notEnough: string | null;
  /**
   * With too few random labels for an estimate: how many unlabelled items a first random session
   * should draw (FIRST_RANDOM_SAMPLE, or fewer on a small dataset); null when sampling cannot help.
   */
  firstSample: number | null;
}
