// Exporting the chosen judge's few-shot set or human scores in another tool's format; the view saves
// the file the main process builds.
import type { ExportFile, ExportFormat } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/result';
import { clampExampleCount } from '../../fewshot-edits';
import type { SliceCreator } from '../../types';
import { calibrationQuery } from './calibration';

export interface ExportState {
  format: ExportFormat;
  maxExamples: number;
  building: boolean;
  /** The last file built: its name and how many records it holds. */
  built: Pick<ExportFile, 'fileName' | 'records'> | null;
  error: ApiError | null;
}

export interface ExportSlice {
  exportPanel: ExportState;
  editExport(changes: Partial<Pick<ExportState, 'format' | 'maxExamples'>>): void;
  /** Builds the file for the chosen judge; null when it could not (the error says why). */
  buildExport(): Promise<ExportFile | null>;
}

export const createExportSlice: SliceCreator<ExportSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<ExportState>) => set((s) => ({ exportPanel: { ...s.exportPanel, ...changes } }));
  return {
    exportPanel: { format: 'databricks', maxExamples: 5, building: false, built: null, error: null },

    editExport: (changes) =>
      patch({
        ...changes,
        ...(changes.maxExamples === undefined ? {} : { maxExamples: clampExampleCount(changes.maxExamples) }),
        built: null,
        error: null,
      }),

    buildExport: async () => {
      const query = calibrationQuery(get().calibration);
      const { format, maxExamples } = get().exportPanel;
      if (query === null) return null;
      patch({ building: true, built: null, error: null });
      const result = await api['export.build']({
        ...query,
        format,
        maxExamples,
      });
      if (!result.ok) {
        patch({ building: false, error: result.error });
        return null;
      }
      patch({ building: false, built: { fileName: result.value.fileName, records: result.value.records } });
      return result.value;
    },
  };
};
