// Aligning a judge to its experts: where it disagreed, those failures grouped into themes, a guideline
// proposed per theme, and the sealed search that proves (or does not) a better version.
import type { JudgeAgreement } from './contract/calibration';

/** One verdict value as the judge or the expert gave it. */
export interface AlignVerdict {
  score: number | null;
  label: string | null;
  pass: boolean;
}

/** An item where the judge version's verdict differs from the expert's final label. */
export interface Failure {
  itemId: number;
  key: string;
  request: string;
  response: string;
  judge: AlignVerdict & { justification: string | null };
  /** The expert's final label; `rationale` is why they overrode (or confirmed) the judge. */
  expert: AlignVerdict & { rationale: string | null; reviewer: string };
  /** Audit tags the reviewers put on the judge's justification of this item. */
  tags: string[];
}

/** How a theme was found: by the judge's model, by a shared audit tag, or by shared rationale terms. */
export type ThemeSource = 'model' | 'tags' | 'keywords';

/** Failures that share one reason the judge was wrong. */
export interface Theme {
  id: number;
  /** In words: "rewards confident tone", "tag: missing dosage", "keyword: tone". */
  theme: string;
  itemIds: number[];
  itemKeys: string[];
  source: ThemeSource;
}

/** One part of a line-wise diff of the judge's instructions (the `diff` package's change objects). */
export interface DiffPart {
  added?: boolean;
  removed?: boolean;
  value: string;
}

export type ProposalStatus = 'proposed' | 'accepted' | 'rejected';

/** A guideline edit proposed for one theme, which the expert accepts, edits or rejects. */
export interface Proposal {
  id: number;
  themeId: number;
  theme: string;
  /** One imperative sentence, as proposed. */
  guideline: string;
  /** The expert's wording when they edited it (an edit also accepts it); null when unedited. */
  edited: string | null;
  status: ProposalStatus;
  /** The experts' rationales the guideline came from. */
  rationales: { itemKey: string; text: string }[];
  /** The judge's instructions before → after applying just this guideline (the edited one when edited). */
  diff: DiffPart[];
}

/** What a model call would cost, in US dollars (null when the model has no known price). */
export interface AlignCostEstimate {
  inputTokens: number;
  outputTokens: number;
  usd: number | null;
}

/** `align.themes`: the judge's failures grouped, with one proposal per theme. */
export interface AlignThemesResult {
  judge: string;
  version: number;
  /** How many failures were grouped. */
  failures: number;
  themes: Theme[];
  proposals: Proposal[];
  /** Estimated before any call (null without a model). */
  estimate: AlignCostEstimate | null;
  /** What the calls actually cost (0 without a model or on a dry run; null when the price is unknown). */
  cost: number | null;
}

export type AlignSearchStatus = 'running' | 'done' | 'failed' | 'paused';

/** The sealed test: the winner against the from-version on test items only. */
export interface AlignTestResult {
  /** Item keys of the sealed test part. */
  items: string[];
  /** Agreement as `gavel stats --json` prints it, on the same test items. */
  before: JudgeAgreement | null;
  after: JudgeAgreement | null;
  /** mean(a_after) − mean(a_before) with a seeded paired-bootstrap 95% interval. */
  difference: { value: number | null; ci: [number | null, number | null] };
  /** Exact McNemar (pass/fail) or paired sign-flip permutation test (scales). */
  p_value: number | null;
}

/** `gavel align --judge X --json` and `align.get`: one alignment search. */
export interface AlignSearchView {
  id: number;
  judge: string;
  from_version: number;
  /** The winning candidate's version (null until chosen). */
  to_version: number | null;
  themes: { theme: string; items: string[] }[];
  /** How many candidate versions were built. */
  candidates: number;
  test: AlignTestResult | null;
  /** True when the winner became the judge's current version (its interval above zero). */
  promoted: boolean;
  /** US dollars spent so far (null when a price is unknown). */
  cost: number | null;
  status: AlignSearchStatus;
  /** What the search is doing now, e.g. "split", "candidates", "dev", "test". */
  phase: string;
  /** Plain words: progress, or "no reliable improvement" with the reason. */
  message: string | null;
  /** What was tried, one line per candidate (guidelines × few-shot set). */
  tried: string[];
}
