// Reading and changing the item under review from inside the store: shared by the slice's loading
// and navigation (review-item.ts) and its labelling actions (review-labelling.ts).
import type { StateCreator } from 'zustand';
import type { JudgmentView } from '../../../../../shared/domain';
import { reviewedJudgments } from '../../review-values';
import { sideBySideShown } from '../../side-by-side';
import type { GavelState } from '../../types';
import { emptyDraft, type JudgeDraft, type ReviewItemState } from './review-item-state';

type SetState = Parameters<StateCreator<GavelState>>[0];

export function itemAccess(set: SetState, get: () => GavelState) {
  const patch = (changes: Partial<ReviewItemState>) => set((s) => ({ reviewItem: { ...s.reviewItem, ...changes } }));
  const patchDraft = (judge: string, changes: Partial<JudgeDraft>) =>
    set((s) => ({
      reviewItem: {
        ...s.reviewItem,
        drafts: { ...s.reviewItem.drafts, [judge]: { ...(s.reviewItem.drafts[judge] ?? emptyDraft), ...changes } },
      },
    }));
  const draftOf = (judge: string) => get().reviewItem.drafts[judge] ?? emptyDraft;
  const judgmentsShown = (): JudgmentView[] => {
    const { item } = get().reviewItem;
    return item ? reviewedJudgments(item, get().reviewQueue.session, get().reviewItem.versions) : [];
  };
  const judgmentOf = (judge: string) => judgmentsShown().find((judgment) => judgment.judge === judge) ?? null;
  /** In side-by-side mode, the pairwise judge whose pair is shown: the keys rate it. */
  const shownPairJudge = (): string | null => {
    const shown = sideBySideShown(get());
    return shown?.kind === 'judged' ? shown.judgment.judge : null;
  };

  /** The viewer the server answers for: in a blind session it withholds what I have not rated. */
  const viewer = () => get().reviewQueue.reviewer ?? undefined;

  return { patch, patchDraft, draftOf, judgmentsShown, judgmentOf, shownPairJudge, viewer };
}

export type ItemAccess = ReturnType<typeof itemAccess>;
