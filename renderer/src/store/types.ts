// The whole store's shape, and the signature every slice is written against (zustand slices pattern).
import type { StateCreator } from 'zustand';
import type { RendererApi } from '../api/types';
import type { AccessSlice } from './slices/shell/access';
import type { AdjudicationSlice } from './slices/review/adjudication';
import type { CalibrationSlice } from './slices/calibration/calibration';
import type { ExportSlice } from './slices/calibration/calibration-export';
import type { CalibrationRunsSlice } from './slices/calibration/calibration-runs';
import type { DetailSlice } from './slices/dataset/detail';
import type { FewShotBuilderSlice } from './slices/calibration/fewshot-builder';
import type { ImportSlice } from './slices/import/import-wizard';
import type { JudgeEditorSlice } from './slices/judges/judge-editor';
import type { JudgePreviewSlice } from './slices/judges/judge-preview';
import type { JudgesSlice } from './slices/judges/judges';
import type { LabelPacksSlice } from './slices/review/label-packs';
import type { NavigationSlice } from './slices/shell/navigation';
import type { PricesSlice } from './slices/settings/prices';
import type { ProvidersSlice } from './slices/settings/providers';
import type { ReviewAuditSlice } from './slices/review/review-audit';
import type { ReviewItemSlice } from './slices/review/review-item-state';
import type { ReviewQueueSlice } from './slices/review/review-queue-state';
import type { RunCompareSlice } from './slices/runs/run-compare';
import type { RunDetailSlice } from './slices/runs/run-detail';
import type { RunLaunchSlice } from './slices/runs/run-launch';
import type { RunsSlice } from './slices/runs/runs';
import type { SessionsSlice } from './slices/review/sessions';
import type { TableSlice } from './slices/dataset/table';
import type { TrustSlice } from './slices/calibration/trust';
import type { WorkspaceSlice } from './slices/shell/workspace';
import type { AlignSlice } from './slices/align/align';
import type { AlignSearchSlice } from './slices/align/align-search';
import type { AuditRunSlice } from './slices/calibration/audit-run';

export interface LifecycleSlice {
  /** Loads the first data and listens to the main process's events; returns the unsubscribe. */
  start(): () => void;
}

export type GavelState = NavigationSlice &
  TrustSlice &
  AlignSlice &
  AlignSearchSlice &
  AuditRunSlice &
  AccessSlice &
  WorkspaceSlice &
  TableSlice &
  ImportSlice &
  DetailSlice &
  JudgesSlice &
  JudgeEditorSlice &
  JudgePreviewSlice &
  ProvidersSlice &
  PricesSlice &
  RunsSlice &
  RunLaunchSlice &
  RunDetailSlice &
  RunCompareSlice &
  ReviewQueueSlice &
  ReviewItemSlice &
  ReviewAuditSlice &
  SessionsSlice &
  LabelPacksSlice &
  AdjudicationSlice &
  CalibrationSlice &
  FewShotBuilderSlice &
  CalibrationRunsSlice &
  ExportSlice &
  LifecycleSlice;

export type SliceCreator<Slice> = (api: RendererApi) => StateCreator<GavelState, [], [], Slice>;
