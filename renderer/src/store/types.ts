// The whole store's shape, and the signature every slice is written against (zustand slices pattern).
import type { StateCreator } from 'zustand';
import type { RendererApi } from '../api/types';
import type { AccessSlice } from './slices/access';
import type { AdjudicationSlice } from './slices/adjudication';
import type { AlignSlice } from './slices/align/align';
import type { AlignSearchSlice } from './slices/align/align-search';
import type { AuditRunSlice } from './slices/audit-run';
import type { CalibrationSlice } from './slices/calibration';
import type { ExportSlice } from './slices/calibration-export';
import type { CalibrationRunsSlice } from './slices/calibration-runs';
import type { DetailSlice } from './slices/detail';
import type { FewShotBuilderSlice } from './slices/fewshot-builder';
import type { ImportSlice } from './slices/import-wizard';
import type { JudgeEditorSlice } from './slices/judge-editor';
import type { JudgePreviewSlice } from './slices/judge-preview';
import type { JudgesSlice } from './slices/judges';
import type { LabelPacksSlice } from './slices/label-packs';
import type { NavigationSlice } from './slices/navigation';
import type { PricesSlice } from './slices/prices';
import type { ProvidersSlice } from './slices/providers';
import type { ReviewAuditSlice } from './slices/review-audit';
import type { ReviewItemSlice } from './slices/review-item';
import type { ReviewQueueSlice } from './slices/review-queue';
import type { RunCompareSlice } from './slices/run-compare';
import type { RunDetailSlice } from './slices/run-detail';
import type { RunLaunchSlice } from './slices/run-launch';
import type { RunsSlice } from './slices/runs';
import type { SessionsSlice } from './slices/sessions';
import type { TableSlice } from './slices/table';
import type { TrustSlice } from './slices/trust';
import type { WorkspaceSlice } from './slices/workspace';

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
