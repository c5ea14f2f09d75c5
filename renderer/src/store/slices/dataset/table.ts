// The open dataset's rows, fetched page by page for the rows on screen only and cached, so a
// 100,000-row dataset scrolls without loading 100,000 rows.
import type { ItemRow } from '../../../../../shared/domain';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export const PAGE_SIZE = 200;

export interface TableState {
  datasetId: number | null;
  /** Row count, known once the first page arrived. */
  total: number | null;
  judges: string[];
  /** Loaded pages by page index (row index / PAGE_SIZE). */
  pages: Record<number, ItemRow[]>;
  loadingPages: Record<number, true>;
  /** The rows last reported on screen, to re-fetch after a change or a failed page. */
  visible: { first: number; last: number };
  selectedIndex: number | null;
  error: ApiError | null;
}

export interface TableSlice {
  table: TableState;
  loadTable(datasetId: number): Promise<void>;
  unloadTable(): void;
  /** Fetches the pages holding rows first..last that are neither cached nor on their way. */
  showRows(first: number, last: number): Promise<void>;
  /** Re-reads the pages on screen (after the workspace changed), keeping old rows until then. */
  refreshTable(): Promise<void>;
  selectRow(index: number | null): void;
  retryTable(): Promise<void>;
}

export const rowAt = (pages: TableState['pages'], index: number): ItemRow | undefined =>
  pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];

const emptyTable: TableState = {
  datasetId: null,
  total: null,
  judges: [],
  pages: {},
  loadingPages: {},
  visible: { first: 0, last: 0 },
  selectedIndex: null,
  error: null,
};

const pagesCovering = (first: number, last: number): number[] => {
  const pages: number[] = [];
  for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) pages.push(page);
  return pages;
};

export const createTableSlice: SliceCreator<TableSlice> = (api) => (set, get) => {
  // Bumped whenever the cache is reset, so answers to requests made before are dropped.
  let generation = 0;
  const patch = (changes: Partial<TableState>) => set((s) => ({ table: { ...s.table, ...changes } }));

  const fetchPage = async (page: number) => {
    const { datasetId } = get().table;
    if (datasetId === null) return;
    const asked = generation;
    set((s) => ({ table: { ...s.table, loadingPages: { ...s.table.loadingPages, [page]: true } } }));
    const result = await api['items.page']({ datasetId, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
    if (asked !== generation) return;
    set((s) => {
      const loadingPages = { ...s.table.loadingPages };
      delete loadingPages[page];
      if (!result.ok) return { table: { ...s.table, loadingPages, error: result.error } };
      const { total, judges, rows } = result.value;
      return { table: { ...s.table, loadingPages, total, judges, pages: { ...s.table.pages, [page]: rows } } };
    });
  };

  const fetchMissing = async (pages: number[]) => {
    const { pages: cached, loadingPages, error } = get().table;
    // After a failure, wait for the user's retry instead of hammering the server on every scroll.
    if (error) return;
    await Promise.all(pages.filter((page) => !cached[page] && !loadingPages[page]).map(fetchPage));
  };

  return {
    table: emptyTable,

    loadTable: async (datasetId) => {
      generation++;
      set({ table: { ...emptyTable, datasetId } });
      await fetchPage(0);
    },

    unloadTable: () => {
      generation++;
      set({ table: emptyTable });
    },

    showRows: async (first, last) => {
      const { visible } = get().table;
      if (visible.first !== first || visible.last !== last) patch({ visible: { first, last } });
      await fetchMissing(pagesCovering(first, last));
    },

    refreshTable: async () => {
      const { datasetId, visible } = get().table;
      if (datasetId === null) return;
      generation++;
      const onScreen = pagesCovering(visible.first, visible.last);
      // Pages off screen are dropped (re-fetched when scrolled to); pages on screen stay until replaced.
      const { pages } = get().table;
      const kept: Record<number, ItemRow[]> = {};
      for (const page of onScreen) if (pages[page]) kept[page] = pages[page];
      patch({ pages: kept, loadingPages: {}, error: null });
      await Promise.all(onScreen.map(fetchPage));
    },

    selectRow: (index) => patch({ selectedIndex: index }),

    retryTable: async () => {
      const { visible, total } = get().table;
      patch({ error: null });
      await fetchMissing(total === null ? [0] : pagesCovering(visible.first, visible.last));
    },
  };
};
