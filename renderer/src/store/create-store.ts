// One store for the renderer, built from slices around the API it is given (tests pass a fake).
import { createStore } from 'zustand/vanilla';
import type { RendererApi } from '../api/types';
import { createDetailSlice } from './slices/detail';
import { createImportSlice } from './slices/import-wizard';
import { createNavigationSlice } from './slices/navigation';
import { createTableSlice } from './slices/table';
import { createWorkspaceSlice } from './slices/workspace';
import type { GavelState } from './types';

export type GavelStore = ReturnType<typeof createGavelStore>;

export function createGavelStore(api: RendererApi) {
  return createStore<GavelState>()((...args) => {
    const [, get] = args;
    return {
      ...createNavigationSlice(api)(...args),
      ...createWorkspaceSlice(api)(...args),
      ...createTableSlice(api)(...args),
      ...createImportSlice(api)(...args),
      ...createDetailSlice(api)(...args),
      start: () => {
        void get().refreshWorkspace();
        return api.onEvent((event) => {
          switch (event.type) {
            case 'import.progress':
              get().importProgressed(event.jobId, {
                rows: event.rows,
                bytes: event.bytes,
                totalBytes: event.totalBytes,
              });
              break;
            case 'workspace.changed':
              void get().refreshWorkspace();
              void get().refreshTable();
              break;
          }
        });
      },
    };
  });
}
