// The exact prompt the draft judge would send for one item, re-asked after each pause in editing.
import type { PromptPreview } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/result';
import { debounced } from '../timers';
import type { SliceCreator } from '../types';

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
  items: PreviewItemChoice[];
  itemId: number | null;
  preview: PromptPreview | null;
  loading: boolean;
  error: ApiError | null;
}

export interface JudgePreviewSlice {
  judgePreview: JudgePreviewState;
  /** Called when a draft opens: picks the first dataset the first time, else re-previews. */
  startPreview(): void;
  stopPreview(): void;
  choosePreviewDataset(datasetId: number | null): Promise<void>;
  choosePreviewItem(itemId: number | null): void;
  schedulePreview(): void;
  refreshPreview(): Promise<void>;
}

const empty: JudgePreviewState = {
  datasetId: null,
  items: [],
  itemId: null,
  preview: null,
  loading: false,
  error: null,
};

export const createJudgePreviewSlice: SliceCreator<JudgePreviewSlice> = (api) => (set, get) => {
  // Only the latest preview asked for counts: an older answer describes an older draft.
  let asked = 0;
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
      patch({ preview: null, loading: false, error: null });
    },

    choosePreviewDataset: async (datasetId) => {
      const choice = ++asked;
      timer.cancel();
      patch({ datasetId, items: [], itemId: null, preview: null, loading: false, error: null });
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
      patch({ itemId });
      get().schedulePreview();
    },

    schedulePreview: () => timer.schedule(),

    refreshPreview: async () => {
      timer.cancel();
      const { draft } = get().judgeEditor;
      const { itemId } = get().judgePreview;
      if (!draft || itemId === null) return;
      const question = ++asked;
      // Heuristic scorers compute their verdict offline: there is no prompt to show.
      if (draft.spec.kind === 'heuristic') {
        patch({ preview: null, loading: false, error: null });
        return;
      }
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
