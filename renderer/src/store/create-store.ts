// One store for the renderer, built from slices around the API it is given (tests pass a fake).
import { createStore } from 'zustand/vanilla';
import type { RendererApi } from '../api/types';
import { can, createAccessSlice } from './slices/shell/access';
import { createAdjudicationSlice } from './slices/review/adjudication';
import { createCalibrationSlice } from './slices/calibration/calibration';
import { createExportSlice } from './slices/calibration/calibration-export';
import { createCalibrationRunsSlice } from './slices/calibration/calibration-runs';
import { createDetailSlice } from './slices/dataset/detail';
import { createFewShotBuilderSlice } from './slices/calibration/fewshot-builder';
import { createImportSlice } from './slices/import/import-wizard';
import { createJudgeEditorSlice } from './slices/judges/judge-editor';
import { createJudgePreviewSlice } from './slices/judges/judge-preview';
import { createJudgesSlice } from './slices/judges/judges';
import { createLabelPacksSlice } from './slices/review/label-packs';
import { createNavigationSlice } from './slices/shell/navigation';
import { createPricesSlice } from './slices/settings/prices';
import { createProvidersSlice } from './slices/settings/providers';
import { createReviewAuditSlice } from './slices/review/review-audit';
import { createReviewItemSlice } from './slices/review/review-item';
import { createReviewQueueSlice } from './slices/review/review-queue';
import { createRunCompareSlice } from './slices/runs/run-compare';
import { createRunDetailSlice } from './slices/runs/run-detail';
import { createRunLaunchSlice } from './slices/runs/run-launch';
import { createRunsSlice } from './slices/runs/runs';
import { createSessionsSlice } from './slices/review/sessions';
import { createTableSlice } from './slices/dataset/table';
import { createTrustSlice } from './slices/calibration/trust';
import { createWorkspaceSlice } from './slices/shell/workspace';
import { createAlignSlice } from './slices/align/align';
import { createAlignSearchSlice } from './slices/align/align-search';
import { createAuditRunSlice } from './slices/calibration/audit-run';
import type { GavelState } from './types';

export type GavelStore = ReturnType<typeof createGavelStore>;

export function createGavelStore(api: RendererApi) {
  return createStore<GavelState>()((...args) => {
    const [, get] = args;
    return {
      ...createNavigationSlice(api)(...args),
      ...createAccessSlice(api)(...args),
      ...createWorkspaceSlice(api)(...args),
      ...createTableSlice(api)(...args),
      ...createImportSlice(api)(...args),
      ...createDetailSlice(api)(...args),
      ...createJudgesSlice(api)(...args),
      ...createJudgeEditorSlice(api)(...args),
      ...createJudgePreviewSlice(api)(...args),
      ...createProvidersSlice(api)(...args),
      ...createPricesSlice(api)(...args),
      ...createRunsSlice(api)(...args),
      ...createRunLaunchSlice(api)(...args),
      ...createRunDetailSlice(api)(...args),
      ...createRunCompareSlice(api)(...args),
      ...createReviewQueueSlice(api)(...args),
      ...createReviewItemSlice(api)(...args),
      ...createReviewAuditSlice(api)(...args),
      ...createSessionsSlice(api)(...args),
      ...createLabelPacksSlice(api)(...args),
      ...createAdjudicationSlice(api)(...args),
      ...createCalibrationSlice(api)(...args),
      ...createFewShotBuilderSlice(api)(...args),
      ...createCalibrationRunsSlice(api)(...args),
      ...createExportSlice(api)(...args),
      ...createTrustSlice(api)(...args),
      ...createAlignSlice(api)(...args),
      ...createAlignSearchSlice(api)(...args),
      ...createAuditRunSlice(api)(...args),
      start: () => {
        void get().loadAccess();
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
            case 'run.progress':
              get().runProgressed(event.progress);
              get().calibrationRunProgressed(event.progress);
              get().alignSearchRunProgressed(event.progress);
              break;
            case 'audit.progress':
              get().auditProgressed(event);
              break;
            case 'workspace.changed':
              void get().refreshWorkspace();
              void get().refreshTable();
              // Lists already shown follow changes made elsewhere (the CLI, another window).
              if (get().judges.loaded) void get().refreshJudges();
              if (get().runs.loaded) void get().refreshRuns();
              if (get().sessions.loaded) void get().refreshSessions();
              break;
            case 'access.changed':
              // Another window or the CLI invited or revoked a reviewer.
              if (can(get(), 'access.list')) void get().refreshLinks();
              break;
            case 'menu':
              get().menuCommand(event.command, event.path);
              break;
          }
        });
      },
    };
  });
}
