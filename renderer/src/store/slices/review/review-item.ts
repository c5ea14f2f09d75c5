// The item under review: its fields and verdicts, my draft per judge, moving between judges and
// judge versions, side by side, and the items fetched ahead. Labelling is review-labelling.ts's.
import { judgeVersionsOf } from '../../review-values';
import { mayCompare } from '../../side-by-side';
import { myLatestLabel } from '../../my-labels';
import type { SliceCreator } from '../../types';
import { itemAccess } from './review-item-access';
import { closedItem, type ReviewItemSlice, type ReviewItemState } from './review-item-state';
import { labellingActions } from './review-labelling';

/** What stays as it was when the desk opens another item, or closes this one. */
const keptAcrossItems = ({ cheatsheetOpen, sideBySide, lastSaved }: ReviewItemState) => ({
  cheatsheetOpen,
  sideBySide,
  lastSaved,
});

/** How many rows past the one under review are fetched ahead. */
const PREFETCH_AHEAD = 3;

export const createReviewItemSlice: SliceCreator<ReviewItemSlice> = (api) => (set, get) => {
  const access = itemAccess(set, get);
  const { patch, patchDraft, draftOf, judgmentsShown, judgmentOf, shownPairJudge, viewer } = access;

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
    reviewItem: closedItem,

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
          ...closedItem,
          ...keptAcrossItems(s.reviewItem),
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
          ...closedItem,
          ...keptAcrossItems(s.reviewItem),
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

    ...labellingActions(api, get, access),

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
