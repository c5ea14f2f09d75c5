// The exact prompt the draft judge would send for one item (or, for a heuristic judge, the verdict it
// gives it), re-asked after each pause in editing.
import type { PromptPreview } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/result';
import { debounced } from '../../timers';
import type { SliceCreator } from '../../types';

/** Long enough to skip keystrokes, short enough to feel live. */
export const PREVIEW_DELAY_MS = 300;
/** How many of a dataset's first items the picker offers. */
export const PREVIEW_ITEM_CHOICES = 100;

export interface PreviewItemChoice {
  id: number;
  key: string;
}

export interface JudgePreviewState {
  datasetId: number | null;
  /** The dataset's first items, and any item found by its key since. */
  items: PreviewItemChoice[];
  itemId: number | null;
  preview: PromptPreview | null;
  loading: boolean;
  /** An item key typed by the user is being looked up. */
  findingKey: boolean;
  /** The last key typed that names no item of the dataset. */
  missingKey: string | null;
  error: ApiError | null;
}

export interface JudgePreviewSlice {
  judgePreview: JudgePreviewState;
  /** Called when a draft opens: picks the first dataset the first time, else re-previews. */
  startPreview(): void;
  stopPreview(): void;
  choosePreviewDataset(datasetId: number | null): Promise<void>;
  choosePreviewItem(itemId: number | null): void;
  /** Previews the item with this key (the source's id column or row number), wherever it is in the dataset. */
  findPreviewItem(key: string): Promise<void>;
  schedulePreview(): void;
  refreshPreview(): Promise<void>;
}

const empty: JudgePreviewState = {
  datasetId: null,
  items: [],
  itemId: null,
  preview: null,
  loading: false,
  findingKey: false,
  missingKey: null,
  error: null,
};

export const createJudgePreviewSlice: SliceCreator<JudgePreviewSlice> = (api) => (set, get) => {
  // Only the latest preview asked for counts: an older answer describes an older draft.
  let asked = 0;
  // Likewise only the latest key looked up, in the dataset it was typed for.
  let keyAsked = 0;
  const patch = (changes: Partial<JudgePreviewState>) =>
    set((s) => ({ judgePreview: { ...s.judgePreview, ...changes } }));
  const timer = debounced(PREVIEW_DELAY_MS, () => void get().refreshPreview());

  return {
    judgePreview: empty,

    startPreview: () => {
      const firstDataset = get().workspace.datasets[0];
      if (get().judgePreview.datasetId === null && firstDataset) void get().choosePreviewDataset(firstDataset.id);
      else get().schedulePreview();
    },

    stopPreview: () => {
      timer.cancel();
      asked++;
      keyAsked++;
      patch({ preview: null, loading: false, findingKey: false, missingKey: null, error: null });
    },

    choosePreviewDataset: async (datasetId) => {
      const choice = ++asked;
      keyAsked++;
      timer.cancel();
      set({ judgePreview: { ...empty, datasetId } });
      if (datasetId === null) return;
      const page = await api['items.page']({ datasetId, offset: 0, limit: PREVIEW_ITEM_CHOICES });
      if (choice !== asked) return;
      if (!page.ok) {
        patch({ error: page.error });
        return;
      }
      const items = page.value.rows.map((row) => ({ id: row.id, key: row.key }));
      patch({ items, itemId: items[0]?.id ?? null });
      get().schedulePreview();
    },

    choosePreviewItem: (itemId) => {
      patch({ itemId, missingKey: null });
      get().schedulePreview();
    },

    findPreviewItem: async (typed) => {
      const key = typed.trim();
      const { datasetId } = get().judgePreview;
      if (!key || datasetId === null) return;
      const lookup = ++keyAsked;
      patch({ findingKey: true, missingKey: null });
      const result = await api['items.find']({ datasetId, key });
      if (lookup !== keyAsked) return;
      if (!result.ok) {
        if (result.error.code === 'NOT_FOUND') patch({ findingKey: false, missingKey: key });
        else patch({ findingKey: false, error: result.error });
        return;
      }
      const { items } = get().judgePreview;
      const found = { id: result.value.id, key };
      // An item beyond the first ones joins the choices, so the picker shows it as the one chosen.
      patch({ findingKey: false, items: items.some((item) => item.id === found.id) ? items : [...items, found] });
      get().choosePreviewItem(found.id);
    },

    schedulePreview: () => timer.schedule(),

    refreshPreview: async () => {
      timer.cancel();
      const { draft } = get().judgeEditor;
      const { itemId } = get().judgePreview;
      if (!draft || itemId === null) return;
      const question = ++asked;
      // For a heuristic judge the answer holds the verdict it computes, since it sends no prompt.
      patch({ loading: true });
      const result = await api['judges.preview']({ spec: draft.spec, itemId });
      if (question !== asked) return;
      patch(
        result.ok
          ? { preview: result.value, loading: false, error: null }
          : { preview: null, loading: false, error: result.error },
      );
    },
  };
};
