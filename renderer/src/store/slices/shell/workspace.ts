// The workspace file and its datasets. Always re-read from the main process after a change:
// SQLite is the source of truth, this is only its latest picture.
import type { WorkspaceInfo } from '../../../../../shared/contract';
import type { DatasetSummary } from '../../../../../shared/domain';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface WorkspaceState {
  info: WorkspaceInfo | null;
  datasets: DatasetSummary[];
  /** False until the first list arrived, so "no datasets yet" is not shown while loading. */
  loaded: boolean;
  error: ApiError | null;
}

export interface WorkspaceSlice {
  workspace: WorkspaceState;
  refreshWorkspace(): Promise<void>;
  deleteDataset(datasetId: number): Promise<void>;
  dismissWorkspaceError(): void;
}

export const createWorkspaceSlice: SliceCreator<WorkspaceSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<WorkspaceState>) => set((s) => ({ workspace: { ...s.workspace, ...changes } }));

  return {
    workspace: { info: null, datasets: [], loaded: false, error: null },

    refreshWorkspace: async () => {
      const [info, datasets] = await Promise.all([api['workspace.info']({}), api['datasets.list']({})]);
      if (info.ok) patch({ info: info.value });
      if (datasets.ok) patch({ datasets: datasets.value, loaded: true });
      const failed = !info.ok ? info : !datasets.ok ? datasets : null;
      if (failed) patch({ error: failed.error });
    },

    deleteDataset: async (datasetId) => {
      const result = await api['datasets.delete']({ id: datasetId });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      if (get().openDatasetId === datasetId) get().closeDataset();
      await get().refreshWorkspace();
    },

    dismissWorkspaceError: () => patch({ error: null }),
  };
};
