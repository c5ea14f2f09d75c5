// The review desk's left side: who reviews, which dataset (and session), and the queue of items
// with its filters. Moving through the queue opens items in the review-item slice.
import type { QueueRow } from '../../../../../shared/review';
import { rememberReviewer, rememberedReviewer } from '../../reviewer-memory';
import { isRowReviewed, valueOf } from '../../review-values';
import { debounced } from '../../timers';
import type { SliceCreator } from '../../types';
import {
  initialQueue,
  NO_FILTER,
  QUEUE_PAGE_SIZE,
  type ReviewQueueSlice,
  type ReviewQueueState,
} from './review-queue-state';

export const createReviewQueueSlice: SliceCreator<ReviewQueueSlice> = (api) => (set, get) => {
  // Only the latest query counts when filters change faster than the queue answers.
  let query = 0;
  // Only the latest refresh counts, and only while no load started after it.
  let refreshes = 0;
  // The load awaiting its answer, if any: a refresh waits for it rather than racing it.
  let inFlight: Promise<unknown> | null = null;
  const patch = (changes: Partial<ReviewQueueState>) => set((s) => ({ reviewQueue: { ...s.reviewQueue, ...changes } }));

  /** The queue's page at `offset` as the desk now filters and sorts it; null until a reviewer and dataset are chosen. */
  const queueRequest = (offset: number) => {
    const { reviewer, datasetId, session, filter, sort } = get().reviewQueue;
    if (reviewer === null || datasetId === null) return null;
    return { datasetId, reviewer, sessionId: session?.id, filter, sort, offset, limit: QUEUE_PAGE_SIZE };
  };

  /** Reads the page at `offset`; `pick` chooses the row to review from the new rows. */
  const load = async (offset: number, pick: (rows: QueueRow[]) => number | null) => {
    const request = queueRequest(offset);
    if (request === null) return;
    const asked = ++query;
    patch({ loading: true, error: null });
    const answer = api['review.queue'](request);
    inFlight = answer;
    let result: Awaited<typeof answer>;
    try {
      result = await answer;
    } finally {
      if (inFlight === answer) inFlight = null;
    }
    if (asked !== query) return;
    if (!result.ok) {
      patch({ loading: false, error: result.error });
      return;
    }
    const { rows, total, counts } = result.value;
    const index = pick(rows);
    patch({ loading: false, offset, rows, total, counts, index });
    const row = index === null ? undefined : rows[index];
    if (row) void get().loadReviewItem(row.itemId);
    else get().closeReviewItem();
  };

  const first = (rows: QueueRow[]) => (rows.length > 0 ? 0 : null);
  const firstUnfinished = (rows: QueueRow[]) => {
    const { session } = get().reviewQueue;
    const index = rows.findIndex((row) => !isRowReviewed(row, session));
    return index >= 0 ? index : first(rows);
  };

  /** Where I left off: the first unfinished row, or the unreviewed tab when this page is all done. */
  const resume = async () => {
    await load(0, firstUnfinished);
    const { rows, total, session } = get().reviewQueue;
    if (rows.length < total && rows.every((row) => isRowReviewed(row, session))) {
      await get().setQueueFilter({ status: 'unreviewed' });
    }
  };

  const search = debounced(300, () => {
    const text = get().reviewQueue.searchText.trim();
    void get().setQueueFilter({ search: text === '' ? null : text });
  });

  return {
    reviewQueue: { ...initialQueue, reviewer: rememberedReviewer() },

    loadKnownReviewers: async () => {
      const result = await api['reviewers.list']({});
      if (result.ok) patch({ knownReviewers: result.value.map((reviewer) => reviewer.name) });
    },

    chooseReviewer: async (name) => {
      const result = await api['reviewers.ensure']({ name });
      if (!result.ok) {
        patch({ reviewerError: result.error });
        return;
      }
      rememberReviewer(result.value.name);
      patch({ reviewer: result.value.name, reviewerError: null });
      await load(0, firstUnfinished);
    },

    switchReviewer: () => {
      rememberReviewer(null);
      get().closeReviewItem();
      patch({ reviewer: null, rows: [], counts: null, index: null });
    },

    chooseReviewDataset: async (datasetId) => {
      // Chosen items belong to the dataset they were chosen in.
      const filter = { ...get().reviewQueue.filter, items: null };
      patch({ datasetId, session: null, filter, itemsNote: null, offset: 0, rows: [], counts: null, index: null });
      if (datasetId === null) get().closeReviewItem();
      await load(0, firstUnfinished);
    },

    chooseReviewSession: async (sessionId) => {
      if (sessionId === null) {
        patch({ session: null });
        await load(0, firstUnfinished);
        return;
      }
      const result = await api['sessions.get']({ id: sessionId });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      // A session fixes its items: the queue starts unfiltered, in dataset order, where I left off.
      patch({
        session: result.value,
        datasetId: result.value.datasetId,
        filter: NO_FILTER,
        itemsNote: null,
        searchText: '',
        sort: 'dataset',
      });
      await resume();
    },

    openSession: async (sessionId) => {
      get().goTo('review');
      get().showReviewPane('queue');
      await get().chooseReviewSession(sessionId);
    },

    openQueueItems: async (datasetId, itemIds, judge, note) => {
      get().goTo('review');
      get().showReviewPane('queue');
      patch({
        datasetId,
        session: null,
        filter: { ...NO_FILTER, items: itemIds, judge },
        itemsNote: note,
        searchText: '',
        sort: 'dataset',
        rows: [],
        counts: null,
        index: null,
      });
      await load(0, first);
    },

    setQueueFilter: async (changes) => {
      if (changes.items === null) patch({ itemsNote: null });
      patch({ filter: { ...get().reviewQueue.filter, ...changes } });
      await load(0, first);
    },

    setQueueSearch: (text) => {
      patch({ searchText: text });
      search.schedule();
    },

    setQueueSort: async (sort) => {
      patch({ sort });
      await load(0, first);
    },

    showQueuePage: (offset) => load(offset, first),

    reviewRow: (index) => {
      const row = get().reviewQueue.rows[index];
      if (!row) return;
      patch({ index });
      void get().loadReviewItem(row.itemId);
    },

    moveItem: async (step) => {
      const { index, rows, offset, total } = get().reviewQueue;
      const next = (index ?? -1) + step;
      if (next >= 0 && next < rows.length) {
        get().reviewRow(next);
        return;
      }
      if (step === 1 && offset + rows.length < total) await load(offset + QUEUE_PAGE_SIZE, first);
      if (step === -1 && offset > 0) await load(Math.max(0, offset - QUEUE_PAGE_SIZE), (page) => page.length - 1);
    },

    noteLabel: (itemId, judge, label) => {
      const rows = get().reviewQueue.rows.map((row) => {
        if (row.itemId !== itemId) return row;
        const mine = { ...row.mine };
        if (label === null || label.action === 'retract') delete mine[judge];
        else mine[judge] = { ...valueOf(label), action: label.action };
        return { ...row, mine, flagged: label?.action === 'flag' || row.flagged };
      });
      patch({ rows });
    },

    refreshQueue: async () => {
      // A load in flight decides which page shows: re-read that page once it answered, never race it.
      while (inFlight) await inFlight.catch(() => undefined);
      const request = queueRequest(get().reviewQueue.offset);
      if (request === null) return;
      const { session } = get().reviewQueue;
      const loaded = query;
      const asked = ++refreshes;
      const [queue, fresh] = await Promise.all([
        api['review.queue'](request),
        session ? api['sessions.get']({ id: session.id }) : null,
      ]);
      // A newer refresh reads fresher rows and progress.
      if (asked !== refreshes) return;
      if (fresh?.ok && get().reviewQueue.session?.id === fresh.value.id) patch({ session: fresh.value });
      // A load started since answers for what the desk shows now: these rows may be of another page or filter.
      if (loaded !== query || !queue.ok) return;
      // Choosing no dataset or switching reviewer empties the queue without a load: keep it empty.
      const { reviewer, datasetId } = get().reviewQueue;
      if (reviewer !== request.reviewer || datasetId !== request.datasetId) return;
      // The item under review stays in the list even when its new label moves it out of this tab.
      const { rows: shown, index } = get().reviewQueue;
      const current = index === null ? null : (shown[index] ?? null);
      const rows = [...queue.value.rows];
      if (current && !rows.some((row) => row.itemId === current.itemId)) rows.splice(index ?? 0, 0, current);
      patch({
        rows,
        total: queue.value.total,
        counts: queue.value.counts,
        index: current ? rows.findIndex((row) => row.itemId === current.itemId) : null,
      });
    },
  };
};
