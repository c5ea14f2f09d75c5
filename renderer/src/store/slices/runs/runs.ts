// Evaluation runs: the list, kept current by the actions' answers and the progress events.
import type { RunSummary } from '../../../../../shared/contract';
import type { RunProgress } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface RunsState {
  list: RunSummary[];
  loaded: boolean;
  error: ApiError | null;
}

export interface RunsSlice {
  runs: RunsState;
  /** Runs, and the judges and providers a launch can pick from. */
  loadRunsPage(): Promise<void>;
  refreshRuns(): Promise<void>;
  /** Puts a changed run (an action's answer, a progress event) into the list without re-reading it. */
  runChanged(summary: Partial<RunSummary> & { id: number }): void;
  /** Puts runs just started first in the list. */
  runsStarted(started: RunSummary[]): void;
  dismissRunsError(): void;
}

/** The summary fields a progress event carries. */
export const progressFields = (progress: RunProgress): Partial<RunSummary> => ({
  status: progress.status,
  message: progress.message,
  total: progress.total,
  done: progress.done,
  errors: progress.errors,
  cost: progress.cost,
  inputTokens: progress.inputTokens,
  outputTokens: progress.outputTokens,
});

export const createRunsSlice: SliceCreator<RunsSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<RunsState>) => set((s) => ({ runs: { ...s.runs, ...changes } }));

  return {
    runs: { list: [], loaded: false, error: null },

    loadRunsPage: async () => {
      await Promise.all([get().refreshRuns(), get().refreshJudges(), get().loadProviders()]);
    },

    refreshRuns: async () => {
      const result = await api['runs.list']({});
      patch(result.ok ? { list: result.value, loaded: true } : { error: result.error });
    },

    runChanged: (summary) =>
      patch({ list: get().runs.list.map((run) => (run.id === summary.id ? { ...run, ...summary } : run)) }),

    runsStarted: (started) => {
      const ids = new Set(started.map((run) => run.id));
      patch({ list: [...started, ...get().runs.list.filter((run) => !ids.has(run.id))] });
    },

    dismissRunsError: () => patch({ error: null }),
  };
};
