// The import wizard: file → inspect (detected format, mapping, preview) → run with progress → summary.
import type { ImportPreview, ImportSource, ImportSummary } from '../../../../../shared/contract';
import {
  ITEM_FIELDS,
  type ColumnMapping,
  type ImportFormat,
  type ItemField,
  type MappingChoices,
} from '../../../../../shared/domain';
import { ok, type ApiError, type Result } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

/** The mapping exactly as the wizard shows it: every field the user sees unmapped stays unmapped. */
const asShown = (mapping: ColumnMapping): MappingChoices =>
  Object.fromEntries(ITEM_FIELDS.map((field) => [field, mapping[field] ?? null]));

export type ImportStep = 'choose' | 'preview' | 'importing' | 'done';

export type ImportTarget = { kind: 'new'; name: string } | { kind: 'existing'; datasetId: number };

export interface ImportProgress {
  rows: number;
  bytes: number;
  totalBytes: number;
}

export interface ImportWizardState {
  open: boolean;
  step: ImportStep;
  /** An upload or inspection is under way. */
  busy: boolean;
  fileName: string | null;
  source: ImportSource | null;
  /** The format asked for; null lets the main process detect it. */
  format: ImportFormat | null;
  preview: ImportPreview | null;
  target: ImportTarget;
  jobId: string | null;
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: ApiError | null;
}

export interface ImportSlice {
  importWizard: ImportWizardState;
  openImport(): void;
  closeImport(): void;
  chooseImportFile(file: File): Promise<void>;
  /** A file the desktop app's native dialog chose: already a path, nothing to upload. */
  chooseImportPath(path: string): Promise<void>;
  setImportFormat(format: ImportFormat | null): Promise<void>;
  setImportMapping(field: ItemField, column: string | null): Promise<void>;
  setImportTarget(target: ImportTarget): void;
  runImport(): Promise<void>;
  importProgressed(jobId: string, progress: ImportProgress): void;
}

const initialWizard: ImportWizardState = {
  open: false,
  step: 'choose',
  busy: false,
  fileName: null,
  source: null,
  format: null,
  preview: null,
  target: { kind: 'new', name: '' },
  jobId: null,
  progress: null,
  summary: null,
  error: null,
};

/** `qa.eval.csv` → `qa.eval`: the default name of the dataset a file becomes. */
const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

export const datasetNameFor = (fileName: string): string => fileName.replace(/\.[^.]*$/, '') || fileName;

export const createImportSlice: SliceCreator<ImportSlice> = (api) => (set, get) => {
  // Only the latest inspection counts when the user changes format or mapping faster than it answers.
  let inspection = 0;
  const patch = (changes: Partial<ImportWizardState>) =>
    set((s) => ({ importWizard: { ...s.importWizard, ...changes } }));

  const inspect = async (format: ImportFormat | null, mapping?: MappingChoices) => {
    const { source } = get().importWizard;
    if (!source) return;
    const asked = ++inspection;
    patch({ busy: true, error: null, format });
    const result = await api['import.inspect']({ source, format: format ?? undefined, mapping });
    if (asked !== inspection) return;
    if (!result.ok) {
      // The previous preview (if any) stays, and the format shown goes back to what it describes.
      patch({ busy: false, error: result.error, format: get().importWizard.preview?.format ?? format });
      return;
    }
    patch({ busy: false, preview: result.value, format: result.value.format, step: 'preview' });
  };

  /** Opens the wizard on a chosen file and inspects it once its source is ready. */
  const startFrom = async (fileName: string, sourceOf: () => Promise<Result<ImportSource>>) => {
    const asked = ++inspection;
    patch({
      ...initialWizard,
      open: true,
      busy: true,
      fileName,
      target: { kind: 'new', name: datasetNameFor(fileName) },
    });
    const source = await sourceOf();
    if (asked !== inspection) return;
    if (!source.ok) {
      patch({ busy: false, error: source.error });
      return;
    }
    patch({ source: source.value });
    await inspect(null);
  };

  return {
    importWizard: initialWizard,

    openImport: () => set({ importWizard: { ...initialWizard, open: true } }),

    closeImport: () => {
      inspection++;
      set({ importWizard: initialWizard });
    },

    chooseImportFile: (file) => startFrom(file.name, () => api.sourceForFile(file)),

    chooseImportPath: (path) =>
      startFrom(fileNameOf(path), () => Promise.resolve(ok<ImportSource>({ kind: 'path', path }))),

    setImportFormat: (format) => inspect(format),

    setImportMapping: (field, column) => {
      const { preview } = get().importWizard;
      if (!preview) return Promise.resolve();
      const mapping: MappingChoices = { ...asShown(preview.mapping), [field]: column };
      return inspect(preview.format, mapping);
    },

    setImportTarget: (target) => patch({ target }),

    runImport: async () => {
      const { source, preview, target } = get().importWizard;
      if (!source || !preview) return;
      const jobId = crypto.randomUUID();
      patch({ step: 'importing', jobId, progress: null, error: null });
      const result = await api['import.run']({
        source,
        format: preview.format,
        mapping: preview.mappable ? asShown(preview.mapping) : undefined,
        dataset: target.kind === 'new' ? { name: target.name } : { id: target.datasetId },
        jobId,
      });
      if (get().importWizard.jobId !== jobId) return;
      if (!result.ok) {
        patch({ step: 'preview', error: result.error });
        return;
      }
      patch({ step: 'done', summary: result.value });
      await get().refreshWorkspace();
    },

    importProgressed: (jobId, progress) => {
      if (get().importWizard.jobId === jobId) patch({ progress });
    },
  };
};
