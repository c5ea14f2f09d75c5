// Which of my labels count on the item under review, and so which verdicts a blind session still
// hides from me: pure functions of the label history, shared by the desk's slices and views.
import type { JudgmentView, LabelView } from '../../../shared/domain';

/** My latest label on a judge of this item, unless I took it back. */
export function myLatestLabel(history: LabelView[], reviewer: string | null, judge: string): LabelView | null {
  const mine = history.filter((label) => label.reviewer === reviewer && label.judge === judge);
  const latest = mine.at(-1) ?? null;
  return latest?.action === 'retract' ? null : latest;
}

/** Whether my latest label on the judge rates the item: what lets a blind session show me the verdict. */
function ratedByMe(history: LabelView[], reviewer: string | null, judge: string): boolean {
  const action = myLatestLabel(history, reviewer, judge)?.action;
  return action === 'confirm' || action === 'override';
}

/**
 * In a blind session the verdict stays hidden until I rated it: the server withholds it until then,
 * and the card says so rather than showing an empty verdict.
 */
export function isVerdictHidden(state: {
  blind: boolean;
  history: LabelView[];
  reviewer: string | null;
  judge: string;
}): boolean {
  return state.blind && !ratedByMe(state.history, state.reviewer, state.judge);
}

/** The judges among `judgments` whose verdict is still hidden from me in a blind session. */
export function hiddenJudges(
  judgments: JudgmentView[],
  state: { blind: boolean; history: LabelView[]; reviewer: string | null },
): Set<string> {
  const hidden = judgments.filter((judgment) => isVerdictHidden({ ...state, judge: judgment.judge }));
  return new Set(hidden.map((judgment) => judgment.judge));
}

/** My latest label on any judge of the item, unless it is itself an undo. */
export function myLatestOnItem(history: LabelView[], reviewer: string | null): LabelView | null {
  const latest = history.filter((label) => label.reviewer === reviewer).at(-1) ?? null;
  return latest?.action === 'retract' ? null : latest;
}
