// The review desk's labelling: confirm, override, skip or flag a judge's verdict, the blind reveal,
// a side-by-side preference and undo; each saves a label, then moves on as the desk does.
import type { JudgmentView } from '../../../../../shared/domain';
import type { LabelAction, LabelValue } from '../../../../../shared/review';
import { sameVerdict } from '../../../../../shared/verdict-value';
import type { RendererApi } from '../../../api/types';
import { isVerdictHidden, myLatestLabel, myLatestOnItem } from '../../my-labels';
import { valueOf } from '../../review-values';
import type { GavelState } from '../../types';
import { undoneText } from '../../undo-text';
import type { ItemAccess } from './review-item-access';
import type { ReviewItemSlice } from './review-item-state';

type LabellingActions = Pick<
  ReviewItemSlice,
  'revealVerdict' | 'confirmVerdict' | 'overrideVerdict' | 'skipVerdict' | 'flagVerdict' | 'undoLabel' | 'preferVerdict'
>;

export function labellingActions(api: RendererApi, get: () => GavelState, access: ItemAccess): LabellingActions {
  const { patch, patchDraft, draftOf, judgmentsShown, judgmentOf, shownPairJudge, viewer } = access;

  const loadHistory = async (itemId: number) => {
    const result = await api['labels.history']({ itemId, reviewer: viewer() });
    if (result.ok && get().reviewItem.itemId === itemId) patch({ history: result.value });
  };

  /** The item and its history read again (my drafts kept): after a save changed what I may see. */
  const reloadItem = async (itemId: number) => {
    const result = await api['items.get']({ id: itemId, reviewer: viewer() });
    if (get().reviewItem.itemId !== itemId) return;
    patch(result.ok ? { item: result.value, history: result.value.labels } : { error: result.error });
  };

  /** The next judge of this item I have not labelled, else the next item. */
  const moveOn = async (fromJudge: string) => {
    // Side by side shows one pair and hides the other judges: once the pair is rated, on to the next item's.
    if (shownPairJudge() !== null) return get().moveItem(1);
    const { history } = get().reviewItem;
    const reviewer = get().reviewQueue.reviewer;
    const judges = judgmentsShown().map((judgment) => judgment.judge);
    const after = [...judges.slice(judges.indexOf(fromJudge) + 1), ...judges.slice(0, judges.indexOf(fromJudge))];
    const next = after.find((judge) => myLatestLabel(history, reviewer, judge) === null);
    if (next) get().focusJudge(next);
    else await get().moveItem(1);
  };

  const save = async (
    judge: string,
    action: LabelAction,
    value: LabelValue | null,
    then: 'move' | 'stay' | 'reload',
    blindRating: LabelValue | null = draftOf(judge).blindRating,
  ) => {
    const { itemId, item } = get().reviewItem;
    const { reviewer, session } = get().reviewQueue;
    const judgment = judgmentOf(judge);
    if (itemId === null || !item || reviewer === null || !judgment) return;
    const draft = draftOf(judge);
    patchDraft(judge, { saving: true, error: null });
    patch({ lastSaved: null, undone: null });
    const result = await api['labels.save']({
      itemId,
      judge,
      reviewer,
      action,
      ...(value ?? { score: null, label: null, pass: null }),
      rationale: draft.rationale.trim() || null,
      tags: draft.tags,
      judgmentId: judgment.id,
      sessionId: session?.id ?? null,
      blind: blindRating,
      // The blind rating is saved to reveal the verdict: its rationale may come after the reveal.
      requireRationale: then !== 'reload' && (session?.requireRationale ?? true),
    });
    // The reviewer may have moved on while it saved: what happened still shows, on the desk.
    const stillHere = get().reviewItem.itemId === itemId;
    if (!result.ok) {
      if (stillHere) patchDraft(judge, { saving: false, error: result.error });
      else patch({ error: result.error });
      return;
    }
    patch({ lastSaved: { itemKey: item.key, label: result.value } });
    get().noteLabel(itemId, judge, result.value);
    void get().refreshQueue();
    if (!stillHere) return;
    patchDraft(judge, { saving: false });
    if (then === 'reload') return reloadItem(itemId);
    await loadHistory(itemId);
    if (then === 'move') await moveOn(judge);
  };

  /**
   * My own value is kept (an override, blind mode after the reveal, or a side-by-side preference):
   * equal to the judge's, it confirms, so choosing the judge's own verdict and pressing Override is
   * not counted as a disagreement; otherwise it overrides. Kept as saved to reveal the verdict (same
   * value, rationale and tags), it is already my label: the desk moves on without a second one.
   */
  const saveMine = (judge: string, judgment: JudgmentView) => {
    const { value, rationale, tags } = draftOf(judge);
    if (!value) return Promise.resolve();
    const mine = myLatestLabel(get().reviewItem.history, get().reviewQueue.reviewer, judge);
    const unchanged =
      mine?.blind != null &&
      sameVerdict(value, valueOf(mine), judgment) &&
      (rationale.trim() || null) === mine.rationale &&
      tags.join() === mine.tags.join();
    if (unchanged) return moveOn(judge);
    const agrees = sameVerdict(value, valueOf(judgment), judgment);
    return save(judge, agrees ? 'confirm' : 'override', value, 'move');
  };

  const blindState = (judge: string) => {
    const blind = get().reviewQueue.session?.blind ?? false;
    const { history } = get().reviewItem;
    return { blind, hidden: isVerdictHidden({ blind, history, reviewer: get().reviewQueue.reviewer, judge }) };
  };

  return {
    revealVerdict: async (judge) => {
      const { value } = draftOf(judge);
      if (!value || !blindState(judge).hidden) return;
      patchDraft(judge, { blindRating: value, error: null });
      await save(judge, 'override', value, 'reload', value);
      // Refused (the draft shows why): still hidden, so the rating is not yet a blind one.
      if (draftOf(judge).error) patchDraft(judge, { blindRating: null });
    },

    confirmVerdict: async (judge) => {
      const judgment = judgmentOf(judge);
      if (!judgment) return;
      const { blind, hidden } = blindState(judge);
      if (hidden) return get().revealVerdict(judge);
      if (blind && draftOf(judge).value) await saveMine(judge, judgment);
      else await save(judge, 'confirm', null, 'move');
    },

    overrideVerdict: async (judge) => {
      const judgment = judgmentOf(judge);
      const { value } = draftOf(judge);
      if (!judgment || !value) return;
      if (blindState(judge).hidden) await get().revealVerdict(judge);
      else await saveMine(judge, judgment);
    },

    skipVerdict: (judge) => save(judge, 'skip', null, 'move'),
    flagVerdict: (judge) => save(judge, 'flag', null, 'stay'),

    undoLabel: async () => {
      const { itemId, history, item } = get().reviewItem;
      const reviewer = get().reviewQueue.reviewer;
      const latest = myLatestOnItem(history, reviewer);
      if (itemId === null || !item || reviewer === null || !latest) return;
      const { judge } = latest;
      const result = await api['labels.undo']({ labelId: latest.id, reviewer });
      if (!result.ok) {
        patchDraft(judge, { error: result.error });
        return;
      }
      patchDraft(judge, { error: null, blindRating: null, value: null });
      const outputType = item.judgments.find((judgment) => judgment.judge === judge)?.outputType ?? null;
      patch({ lastSaved: null, undone: undoneText(latest, outputType), focusedJudge: judge });
      get().noteLabel(itemId, judge, result.value.restored);
      // Undoing a blind rating hides the verdict again: only the server's answer may say what is seen.
      await reloadItem(itemId);
      void get().refreshQueue();
    },

    preferVerdict: async (judge) => {
      const judgment = judgmentOf(judge);
      if (!judgment || !draftOf(judge).value) return;
      if (blindState(judge).hidden) await get().revealVerdict(judge);
      else await saveMine(judge, judgment);
    },
  };
}
