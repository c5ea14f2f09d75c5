// One run: live progress from the main process's events, the actions that steer it, its per-judge
// summary, and its judgments page by page.
import type { RunDetail, RunJudgmentRow, RunSummary } from '../../../../../shared/contract';
import type { JudgmentStatus } from '../../../../../shared/domain';
import type { RunProgress } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { coalesced } from '../../timers';
import type { SliceCreator } from '../../types';
import { progressFields } from './runs';

export const JUDGMENTS_PAGE_SIZE = 50;
/** While a run works, its summary is re-read at most this often (each read aggregates in SQL). */
export const SUMMARY_REFRESH_MS = 2000;

export interface RunJudgmentsState {
  /** Only judgments with this status; null shows all. */
  status: JudgmentStatus | null;
  offset: number;
  total: number;
  rows: RunJudgmentRow[];
  loading: boolean;
}

export interface RunDetailState {
  runId: number | null;
  run: RunDetail | null;
  /** The latest progress event (rate, ETA) of this run. */
  progress: RunProgress | null;
  /** A cancel / pause / resume / retry is on its way. */
  acting: boolean;
  error: ApiError | null;
  judgments: RunJudgmentsState;
}

export type RunAction = 'runs.cancel' | 'runs.pause' | 'runs.resume' | 'runs.retryErrors';

export interface RunDetailSlice {
  runDetail: RunDetailState;
  openRun(runId: number): Promise<void>;
  closeRun(): void;
  refreshRun(): Promise<void>;
  runProgressed(progress: RunProgress): void;
  steerRun(action: RunAction): Promise<void>;
  showJudgments(page: { status?: JudgmentStatus | null; offset?: number }): Promise<void>;
  dismissRunError(): void;
}

const noJudgments: RunJudgmentsState = { status: null, offset: 0, total: 0, rows: [], loading: false };
const closed: RunDetailState = {
  runId: null,
  run: null,
  progress: null,
  acting: false,
  error: null,
  judgments: noJudgments,
};

export const createRunDetailSlice: SliceCreator<RunDetailSlice> = (api) => (set, get) => {
  let judgmentsAsked = 0;
  const patch = (changes: Partial<RunDetailState>) => set((s) => ({ runDetail: { ...s.runDetail, ...changes } }));
  const patchJudgments = (changes: Partial<RunJudgmentsState>) =>
    set((s) => ({ runDetail: { ...s.runDetail, judgments: { ...s.runDetail.judgments, ...changes } } }));
  const summaryTimer = coalesced(SUMMARY_REFRESH_MS, () => void get().refreshRun());

  /** The open run with changed summary fields, in the detail and in the list. */
  const runChanged = (changes: Partial<RunSummary> & { id: number }) => {
    get().runChanged(changes);
    const { run } = get().runDetail;
    if (run?.id === changes.id) patch({ run: { ...run, ...changes } });
  };

  return {
    runDetail: closed,

    openRun: async (runId) => {
      summaryTimer.cancel();
      set({ runDetail: { ...closed, runId } });
      await Promise.all([get().refreshRun(), get().showJudgments({ status: null, offset: 0 })]);
    },

    closeRun: () => {
      summaryTimer.cancel();
      judgmentsAsked++;
      set({ runDetail: closed });
    },

    refreshRun: async () => {
      const { runId } = get().runDetail;
      if (runId === null) return;
      const result = await api['runs.get']({ id: runId });
      if (get().runDetail.runId !== runId) return;
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      const { progress, aggregates: _aggregates, ...summary } = result.value;
      patch({ run: result.value, progress: progress ?? get().runDetail.progress });
      get().runChanged(summary);
    },

    runProgressed: (progress) => {
      const changes = { id: progress.runId, ...progressFields(progress) };
      const { runId, run } = get().runDetail;
      const { loaded, list } = get().runs;
      // A run started elsewhere (the CLI, another window) joins the list.
      if (loaded && !list.some((listed) => listed.id === progress.runId)) void get().refreshRuns();
      if (runId !== progress.runId) {
        get().runChanged(changes);
        return;
      }
      const statusChanged = run !== null && run.status !== progress.status;
      patch({ progress });
      runChanged(changes);
      if (statusChanged) {
        // Stopped or finished: the summary and the judgments are final for now.
        summaryTimer.cancel();
        void get().refreshRun();
        void get().showJudgments({});
      } else {
        summaryTimer.schedule();
      }
    },

    steerRun: async (action) => {
      const { runId } = get().runDetail;
      if (runId === null) return;
      patch({ acting: true, error: null });
      const result = await api[action]({ id: runId });
      if (get().runDetail.runId !== runId) return;
      patch({ acting: false });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      runChanged(result.value);
      if (action === 'runs.retryErrors') void get().showJudgments({});
    },

    showJudgments: async ({ status, offset }) => {
      const { runId, judgments } = get().runDetail;
      if (runId === null) return;
      const filter = status === undefined ? judgments.status : status;
      // A new filter starts at its first page.
      const start = offset ?? (filter === judgments.status ? judgments.offset : 0);
      const asked = ++judgmentsAsked;
      patchJudgments({ status: filter, offset: start, loading: true });
      const result = await api['runs.judgments']({
        id: runId,
        ...(filter ? { status: filter } : {}),
        offset: start,
        limit: JUDGMENTS_PAGE_SIZE,
      });
      if (asked !== judgmentsAsked) return;
      if (!result.ok) {
        patchJudgments({ loading: false });
        patch({ error: result.error });
        return;
      }
      patchJudgments({ loading: false, total: result.value.total, rows: result.value.rows });
    },

    dismissRunError: () => patch({ error: null }),
  };
};
