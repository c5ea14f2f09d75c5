// The alignment search's own shared words: the two parts of a judge's labelled items.

/** Development items shape guidelines and examples and pick the winner; test items only measure it. */
export type SplitPart = 'dev' | 'test';

export const DEFAULT_TEST_SHARE = 0.3;
/** A version is promoted only when its improvement's interval is above zero and the paired test's p is below this. */
export const PROMOTE_BELOW_P = 0.05;
/**
 * Sealed items below which no gain can pass that test: with every changed verdict an improvement,
 * exact McNemar (or the sign-flip test) gives p = 2 · 0.5^k, under 0.05 only from k = 6.
 */
export const MIN_SEALED_ITEMS = 6;
/** The seed of a judge's split when the first to fix it names none. */
export const DEFAULT_SEED = 1;

/** What a search would cost before it starts (US dollars; null when a model has no known price). */
export interface AlignSearchEstimate {
  judge: string;
  fromVersion: number;
  devItems: number;
  testItems: number;
  /** Development failures the themes are built from. */
  failures: number;
  /** Candidate versions expected (from grouping the failures without a model). */
  candidates: number;
  /** Grouping and proposing with the model (0 without one). */
  themes: number | null;
  /** Every candidate on development, then the winner (and the from-version where needed) on test. */
  runs: number | null;
  total: number | null;
  /** Why the search cannot prove a gain as it stands (too few sealed items), or null. */
  warning: string | null;
}
