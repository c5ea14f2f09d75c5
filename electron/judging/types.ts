// Vocabulary shared by the judging module's files.
import type { ItemFields } from '../../shared/domain';
import type { ChatRequest } from '../providers/types';

/** What a judge evaluates: an item, and for pairwise judges the two responses to compare. */
export interface JudgeInput {
  item: ItemFields;
  pairwise?: { a: string; b: string };
}

/** Which part of the item one call looks at. */
export type CallFocus =
  | { kind: 'item' }
  /** per_chunk: the retrieved_context block holds only this chunk (index into item.retrieved_context). */
  | { kind: 'chunk'; index: number }
  /** per_guideline: the guidelines block holds only this named guideline. */
  | { kind: 'guideline'; name: string; rules: string[] }
  /** pairwise: `first` is shown as response A, `second` as response B; `swapped` when first is input B. */
  | { kind: 'pairwise'; first: string; second: string; swapped: boolean };

/** One request a judge sends for an item, with what it is for (shown in previews and in raw output). */
export interface JudgeCall {
  focus: CallFocus;
  purpose: string;
  request: ChatRequest;
}

/** A judge's answer read from its reply. */
export interface JudgeAnswer {
  /** Scales only. */
  score: number | null;
  /** `yes`/`no` for pass/fail, the category for categories; null for scales. */
  label: string | null;
  justification: string | null;
  /** Offset of the answer's value in the reply text, to find its token among the log-probabilities. */
  valueAt: number | null;
}
