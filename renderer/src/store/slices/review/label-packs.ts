// Label packs: my labels (or everyone's) as a Gavel JSON pack to share, and packs or CSVs merged in.
import type { LabelImportSummary, LabelPack } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface LabelPacksState {
  busy: boolean;
  error: ApiError | null;
  imported: LabelImportSummary | null;
}

export interface LabelPacksSlice {
  labelPacks: LabelPacksState;
  /** The pack of the chosen dataset's labels (all reviewers), or null when it failed. */
  exportLabelPack(): Promise<LabelPack | null>;
  importLabelPack(file: File): Promise<void>;
}

export const createLabelPacksSlice: SliceCreator<LabelPacksSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<LabelPacksState>) => set((s) => ({ labelPacks: { ...s.labelPacks, ...changes } }));

  return {
    labelPacks: { busy: false, error: null, imported: null },

    exportLabelPack: async () => {
      patch({ busy: true, error: null });
      const result = await api['labels.exportPack']({ datasetId: get().reviewQueue.datasetId ?? undefined });
      patch({ busy: false, error: result.ok ? null : result.error });
      return result.ok ? result.value : null;
    },

    importLabelPack: async (file) => {
      patch({ busy: true, error: null, imported: null });
      const source = await api.sourceForFile(file);
      const result = source.ok
        ? await api['labels.importPack']({
            source: source.value,
            // For CSV rows without dataset or reviewer columns.
            datasetId: get().reviewQueue.datasetId ?? undefined,
            reviewer: get().reviewQueue.reviewer ?? undefined,
          })
        : source;
      if (!result.ok) {
        patch({ busy: false, error: result.error });
        return;
      }
      patch({ busy: false, imported: result.value });
      await Promise.all([get().refreshSessions(), get().refreshQueue()]);
    },
  };
};
