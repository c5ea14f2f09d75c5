// What the review desk's side-by-side mode shows for an item, as pure functions the view, the keys
// and the store share.
import type { ItemDetail, JudgmentView } from '../../../shared/domain';
import type { CandidateResponse, ItemResponses, LabelValue, ResponsePair, SessionView } from '../../../shared/review';
import { reviewedJudgments } from './review-values';
import type { GavelState } from './types';

/** A pairwise judge's verdict categories; validate-spec holds every pairwise judge to exactly these. */
export const PREFERENCES = ['A', 'B', 'tie'] as const;
export type Preference = (typeof PREFERENCES)[number];

export type SideBySide =
  /** Two answers with the pairwise verdict under review: the reviewer states a preference on its judge. */
  | { kind: 'judged'; pair: ResponsePair; judgment: JudgmentView }
  /**
   * Two answers no pairwise judge (of this session) compared: shown to read, but not rated, because
   * a preference is a label on a pairwise judge's verdict, and only its run fixes which is A and B.
   */
  | { kind: 'unjudged'; a: CandidateResponse; b: CandidateResponse; of: number };

/**
 * The pair the reviewer rates on this item: the reviewed verdict of the focused pairwise judge, else
 * of the first one; without one, the first two candidate answers; null with fewer than two.
 */
export function sideBySideOf(
  item: ItemDetail,
  responses: ItemResponses | null,
  session: SessionView | null,
  focusedJudge: string | null,
): SideBySide | null {
  if (!responses || responses.responses.length < 2) return null;
  const judged = reviewedJudgments(item, session).flatMap((judgment): SideBySide[] => {
    const pair = responses.pairs.find((candidate) => candidate.judgmentId === judgment.id);
    return pair ? [{ kind: 'judged', pair, judgment }] : [];
  });
  const focused = judged.find((shown) => shown.kind === 'judged' && shown.judgment.judge === focusedJudge);
  const shown = focused ?? judged[0];
  if (shown) return shown;
  const [a, b] = responses.responses;
  return a && b ? { kind: 'unjudged', a, b, of: responses.responses.length } : null;
}

/** What the side-by-side view shows now, or null while the desk shows the item's fields and verdicts. */
export function sideBySideShown(state: GavelState): SideBySide | null {
  const { item, responses, sideBySide, focusedJudge } = state.reviewItem;
  return item && sideBySide ? sideBySideOf(item, responses, state.reviewQueue.session, focusedJudge) : null;
}

/** Whether an item has two models' answers, or a pairwise verdict (on the A / B / tie scale) comparing two. */
export const mayCompare = (item: ItemDetail): boolean =>
  item.answers >= 2 ||
  item.judgments.some(
    ({ outputType }) =>
      outputType.kind === 'categories' &&
      outputType.categories.length === PREFERENCES.length &&
      PREFERENCES.every((preference) => outputType.categories.includes(preference)),
  );

export const preferenceValue = (preference: Preference): LabelValue => ({ score: null, label: preference, pass: null });
