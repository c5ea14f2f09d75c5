// The justification audit aid's switch: off by default, remembered per review session (desk-wide, so
// it stays on from item to item), and never usable on a verdict that blind mode still hides.
import type { GavelState, SliceCreator } from '../../types';
import { isVerdictHidden } from '../../my-labels';

export interface ReviewAuditState {
  /** Keyed by review session id, or NO_SESSION when reviewing a whole dataset. */
  onBySession: Record<string, boolean>;
}

export interface ReviewAuditSlice {
  reviewAudit: ReviewAuditState;
  /** Focuses the judge and turns the audit of its justification on or off, unless its verdict is hidden. */
  toggleAudit(judge: string): void;
}

const NO_SESSION = 'dataset';

const sessionKey = (state: GavelState) => String(state.reviewQueue.session?.id ?? NO_SESSION);

export function isAuditOn(state: GavelState): boolean {
  return state.reviewAudit.onBySession[sessionKey(state)] ?? false;
}

export const createReviewAuditSlice: SliceCreator<ReviewAuditSlice> = () => (set, get) => ({
  reviewAudit: { onBySession: {} },

  toggleAudit: (judge) => {
    const state = get();
    const hidden = isVerdictHidden({
      blind: state.reviewQueue.session?.blind ?? false,
      history: state.reviewItem.history,
      reviewer: state.reviewQueue.reviewer,
      judge,
    });
    if (hidden) return;
    state.focusJudge(judge);
    const key = sessionKey(state);
    set((s) => ({ reviewAudit: { onBySession: { ...s.reviewAudit.onBySession, [key]: !isAuditOn(s) } } }));
  },
});
