// The item under review: its fields and verdicts, my draft per judge (value, rationale, tags, blind
// rating), saving labels, undo, and the history of every label on it.
import type { ItemDetail, JudgmentView, LabelView } from '../../../../../shared/domain';
import type { AuditTag, ItemResponses, LabelAction, LabelValue } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';
import { sameVerdict } from '../../../../../shared/verdict-value';
import { judgeVersionsOf, reviewedJudgments, valueOf } from '../../review-values';
import { undoneText } from '../../undo-text';
import { isVerdictHidden, myLatestLabel, myLatestOnItem } from '../../my-labels';
import { mayCompare, sideBySideShown } from '../../side-by-side';
import type { SliceCreator } from '../../types';

export interface JudgeDraft {
  /** My value on the judge's scale: an override, or in blind mode my rating. */
  value: LabelValue | null;
  rationale: string;
  tags: AuditTag[];
  /** Blind mode: my rating saved to reveal the verdict; null while it is hidden. */
  blindRating: LabelValue | null;
  saving: boolean;
  error: ApiError | null;
}

/** The label my last save stored: shown as saved only once the call returned ok. */
export interface SavedLabel {
  itemKey: string;
  label: LabelView;
}

export interface ReviewItemState {
  itemId: number | null;
  item: ItemDetail | null;
  loading: boolean;
  error: ApiError | null;
  history: LabelView[];
  /**
   * The candidate models' answers and the pairs a pairwise judge compared, for side by side; null
   * until asked for (on items with a pairwise verdict, or every item while side by side is on).
   */
  responses: ItemResponses | null;
  focusedJudge: string | null;
  drafts: Record<string, JudgeDraft>;
  /** Outlives moving to the next item, which confirm-and-move does at once. */
  lastSaved: SavedLabel | null;
  cheatsheetOpen: boolean;
  /** Side-by-side mode: kept from item to item, shown wherever an item has two answers. */
  sideBySide: boolean;
  /** The judge version whose verdict is shown, per judge switched away from its newest run. */
  versions: Record<string, number>;
  /** What `u` took back last, in words, for the status line. */
  undone: string | null;
}

export interface ReviewItemSlice {
  reviewItem: ReviewItemState;
  loadReviewItem(itemId: number): Promise<void>;
  closeReviewItem(): void;
  focusJudge(judge: string): void;
  nextJudge(): void;
  setDraftValue(judge: string, value: LabelValue): void;
  setDraftRationale(judge: string, rationale: string): void;
  toggleDraftTag(judge: string, tag: AuditTag): void;
  /**
   * Blind mode: saves my rating (the server then counts the item rated) and reads the item again,
   * which now carries the judge's verdict. Nothing hidden was ever on this side.
   */
  revealVerdict(judge: string): Promise<void>;
  /** Confirms the judge's verdict (blind: reveals, then keeps my rating), then moves on. */
  confirmVerdict(judge: string): Promise<void>;
  /** Saves my value as an override (blind: my revised rating), then moves on. */
  overrideVerdict(judge: string): Promise<void>;
  skipVerdict(judge: string): Promise<void>;
  flagVerdict(judge: string): Promise<void>;
  /** Takes back my latest label on any judge of the item, and says what it took back. */
  undoLabel(): Promise<void>;
  /** Shows this version's verdict of the judge (the label then records that version). */
  showVersion(judge: string, version: number): void;
  /** The focused judge's previous version; from the oldest, back to the newest. */
  olderVersion(): void;
  /**
   * Side by side: saves my preference (A, B or tie) on the pairwise judge, as a confirmation when it
   * is the judge's verdict and an override otherwise, then opens the next item. Blind: reveals first.
   * (Confirm, skip and flag work side by side as on the judge's card.)
   */
  preferVerdict(judge: string): Promise<void>;
  toggleCheatsheet(open?: boolean): void;
  toggleSideBySide(): Promise<void>;
}

export const emptyDraft: JudgeDraft = {
  value: null,
  rationale: '',
  tags: [],
  blindRating: null,
  saving: false,
  error: null,
};

const closed: ReviewItemState = {
  itemId: null,
  item: null,
  loading: false,
  error: null,
  history: [],
  responses: null,
  focusedJudge: null,
  drafts: {},
  lastSaved: null,
  cheatsheetOpen: false,
  sideBySide: false,
  versions: {},
  undone: null,
};

/** How many rows past the one under review are fetched ahead. */
const PREFETCH_AHEAD = 3;

export const createReviewItemSlice: SliceCreator<ReviewItemSlice> = (api) => (set, get) => {
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
   * My own value is kept (blind mode after the reveal, or a side-by-side preference): equal to the
   * judge's, it confirms; otherwise it overrides. Kept as saved to reveal the verdict (same value,
   * rationale and tags), it is already my label: the desk moves on without a second one.
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

  /**
   * The next rows' items and histories, fetched ahead so that j shows the next item at once even
   * when pressed faster than the server answers. An entry is used once: an item opened again is read
   * afresh, with whatever labels it got meanwhile.
   */
  const prefetched = new Map<number, ReturnType<typeof fetchItem>>();
  const prefetchAhead = () => {
    const { rows, index } = get().reviewQueue;
    const ahead = index === null ? [] : rows.slice(index + 1, index + 1 + PREFETCH_AHEAD).map((row) => row.itemId);
    for (const itemId of prefetched.keys()) if (!ahead.includes(itemId)) prefetched.delete(itemId);
    for (const itemId of ahead) if (!prefetched.has(itemId)) prefetched.set(itemId, fetchItem(itemId));
  };
  /** The item with its label history (`items.get` carries both), and its models' answers when it may compare two. */
  async function fetchItem(itemId: number) {
    const detail = await api['items.get']({ id: itemId, reviewer: viewer() });
    const wanted = detail.ok && (get().reviewItem.sideBySide || mayCompare(detail.value));
    const responses = wanted ? await api['review.responses']({ itemId }) : null;
    return [detail, responses] as const;
  }

  return {
    reviewItem: closed,

    loadReviewItem: async (itemId) => {
      patch({ itemId, loading: true, error: null });
      const pending = prefetched.get(itemId) ?? fetchItem(itemId);
      prefetched.delete(itemId);
      // Reviewers mostly move on to the next rows: have them ready before they ask.
      prefetchAhead();
      const [detail, fetched] = await pending;
      // j/k move faster than items load: only the last one asked for counts.
      if (get().reviewItem.itemId !== itemId) return;
      if (!detail.ok) {
        patch({ item: null, loading: false, error: detail.error });
        return;
      }
      // Fetched ahead before side by side was turned on: its answers are still to ask for.
      const responses = fetched ?? (get().reviewItem.sideBySide ? await api['review.responses']({ itemId }) : null);
      if (get().reviewItem.itemId !== itemId) return;
      set((s) => ({
        reviewItem: {
          ...closed,
          cheatsheetOpen: s.reviewItem.cheatsheetOpen,
          sideBySide: s.reviewItem.sideBySide,
          lastSaved: s.reviewItem.lastSaved,
          itemId,
          item: detail.value,
          history: detail.value.labels,
          responses: responses?.ok ? responses.value : null,
          error: responses && !responses.ok ? responses.error : null,
        },
      }));
      const judges = judgmentsShown().map((judgment) => judgment.judge);
      const reviewer = get().reviewQueue.reviewer;
      const unlabelled = judges.find((judge) => myLatestLabel(get().reviewItem.history, reviewer, judge) === null);
      patch({ focusedJudge: shownPairJudge() ?? unlabelled ?? judges[0] ?? null });
    },

    closeReviewItem: () =>
      set((s) => ({
        reviewItem: {
          ...closed,
          cheatsheetOpen: s.reviewItem.cheatsheetOpen,
          sideBySide: s.reviewItem.sideBySide,
          lastSaved: s.reviewItem.lastSaved,
        },
      })),

    focusJudge: (judge) => patch({ focusedJudge: judge }),

    nextJudge: () => {
      const judges = judgmentsShown().map((judgment) => judgment.judge);
      if (judges.length === 0) return;
      const at = judges.indexOf(get().reviewItem.focusedJudge ?? '');
      patch({ focusedJudge: judges[(at + 1) % judges.length] ?? null });
    },

    setDraftValue: (judge, value) => patchDraft(judge, { value }),
    setDraftRationale: (judge, rationale) => patchDraft(judge, { rationale }),
    toggleDraftTag: (judge, tag) => {
      const { tags } = draftOf(judge);
      patchDraft(judge, { tags: tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag] });
    },

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
      const { blind, hidden } = blindState(judge);
      if (hidden) await get().revealVerdict(judge);
      else if (blind) await saveMine(judge, judgment);
      else await save(judge, 'override', value, 'move');
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

    showVersion: (judge, version) => {
      const { item } = get().reviewItem;
      if (!item) return;
      const newest = judgeVersionsOf(item, judge).at(-1);
      const others = Object.entries(get().reviewItem.versions).filter(([shown]) => shown !== judge);
      patch({ versions: Object.fromEntries(version === newest ? others : [...others, [judge, version]]) });
    },

    olderVersion: () => {
      const { item, focusedJudge } = get().reviewItem;
      if (!item || focusedJudge === null) return;
      const versions = judgeVersionsOf(item, focusedJudge);
      const shown = judgmentOf(focusedJudge)?.judgeVersion ?? versions.at(-1);
      const at = versions.indexOf(shown ?? -1);
      const previous = versions[at <= 0 ? versions.length - 1 : at - 1];
      if (previous !== undefined) get().showVersion(focusedJudge, previous);
    },

    preferVerdict: async (judge) => {
      const judgment = judgmentOf(judge);
      if (!judgment || !draftOf(judge).value) return;
      if (blindState(judge).hidden) await get().revealVerdict(judge);
      else await saveMine(judge, judgment);
    },

    toggleCheatsheet: (open) => patch({ cheatsheetOpen: open ?? !get().reviewItem.cheatsheetOpen }),

    toggleSideBySide: async () => {
      const { sideBySide, itemId, responses } = get().reviewItem;
      patch({ sideBySide: !sideBySide });
      if (!sideBySide && itemId !== null && responses === null) {
        const result = await api['review.responses']({ itemId });
        if (get().reviewItem.itemId !== itemId) return;
        patch(result.ok ? { responses: result.value } : { error: result.error });
      }
      const judge = shownPairJudge();
      if (judge !== null) patch({ focusedJudge: judge });
    },
  };
};
