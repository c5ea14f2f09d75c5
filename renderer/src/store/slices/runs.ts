// Evaluation runs: the list, and launching one (plan → estimate → start).
import type { RunEstimate, RunSummary, Selection } from '../../../../shared/contract';
import type { RunProgress } from '../../../../shared/judging';
import type { ApiError } from '../../../../shared/result';
import { debounced } from '../timers';
import type { SliceCreator } from '../types';

export const ESTIMATE_DELAY_MS = 300;

export type SelectionKind = 'all' | 'sample' | 'first';

export interface LaunchPlan {
  datasetId: number | null;
  /** The latest version of each judge picked. */
  judgeVersionIds: number[];
  selection: SelectionKind;
  /** Items for a sample or the first N. */
  size: number;
  seed: number;
  name: string;
}

export interface LaunchState {
  open: boolean;
  plan: LaunchPlan;
  estimate: RunEstimate | null;
  estimating: boolean;
  starting: boolean;
  error: ApiError | null;
}

export interface RunsState {
  list: RunSummary[];
  loaded: boolean;
  error: ApiError | null;
}

export interface RunsSlice {
  runs: RunsState;
  runLaunch: LaunchState;
  /** Runs and the judges a launch can pick from. */
  loadRunsPage(): Promise<void>;
  refreshRuns(): Promise<void>;
  /** Puts a changed run (an action's answer, a progress event) into the list without re-reading it. */
  runChanged(summary: Partial<RunSummary> & { id: number }): void;
  openLaunch(): void;
  closeLaunch(): void;
  editLaunch(changes: Partial<LaunchPlan>): void;
  estimateRun(): Promise<void>;
  startRun(): Promise<void>;
  dismissRunsError(): void;
}

export const selectionFor = (plan: LaunchPlan): Selection => {
  switch (plan.selection) {
    case 'all':
      return { kind: 'all' };
    case 'sample':
      return { kind: 'sample', size: plan.size, seed: plan.seed };
    case 'first':
      return { kind: 'first', size: plan.size };
  }
};

/** The summary fields a progress event carries. */
export const progressFields = (progress: RunProgress): Partial<RunSummary> => ({
  status: progress.status,
  total: progress.total,
  done: progress.done,
  errors: progress.errors,
  cost: progress.cost,
  inputTokens: progress.inputTokens,
  outputTokens: progress.outputTokens,
});

const isComplete = (plan: LaunchPlan): plan is LaunchPlan & { datasetId: number } =>
  plan.datasetId !== null &&
  plan.judgeVersionIds.length > 0 &&
  (plan.selection === 'all' || (Number.isInteger(plan.size) && plan.size >= 1));

const closedLaunch: LaunchState = {
  open: false,
  plan: { datasetId: null, judgeVersionIds: [], selection: 'all', size: 100, seed: 1, name: '' },
  estimate: null,
  estimating: false,
  starting: false,
  error: null,
};

export const createRunsSlice: SliceCreator<RunsSlice> = (api) => (set, get) => {
  // Only the estimate of the plan as it is now counts.
  let estimateAsked = 0;
  const patch = (changes: Partial<RunsState>) => set((s) => ({ runs: { ...s.runs, ...changes } }));
  const patchLaunch = (changes: Partial<LaunchState>) => set((s) => ({ runLaunch: { ...s.runLaunch, ...changes } }));
  const estimateTimer = debounced(ESTIMATE_DELAY_MS, () => void get().estimateRun());
  const planInput = (plan: LaunchPlan & { datasetId: number }) => ({
    datasetId: plan.datasetId,
    judgeVersionIds: plan.judgeVersionIds,
    selection: selectionFor(plan),
  });

  return {
    runs: { list: [], loaded: false, error: null },
    runLaunch: closedLaunch,

    loadRunsPage: async () => {
      await Promise.all([get().refreshRuns(), get().refreshJudges()]);
    },

    refreshRuns: async () => {
      const result = await api['runs.list']({});
      patch(result.ok ? { list: result.value, loaded: true } : { error: result.error });
    },

    runChanged: (summary) =>
      patch({ list: get().runs.list.map((run) => (run.id === summary.id ? { ...run, ...summary } : run)) }),

    openLaunch: () => {
      const { openDatasetId, workspace } = get();
      const datasetId = openDatasetId ?? workspace.datasets[0]?.id ?? null;
      set({ runLaunch: { ...closedLaunch, open: true, plan: { ...closedLaunch.plan, datasetId } } });
    },

    closeLaunch: () => {
      estimateTimer.cancel();
      estimateAsked++;
      set({ runLaunch: closedLaunch });
    },

    editLaunch: (changes) => {
      estimateAsked++;
      patchLaunch({ plan: { ...get().runLaunch.plan, ...changes }, estimate: null, estimating: false, error: null });
      if (isComplete(get().runLaunch.plan)) estimateTimer.schedule();
      else estimateTimer.cancel();
    },

    estimateRun: async () => {
      estimateTimer.cancel();
      const { plan } = get().runLaunch;
      if (!isComplete(plan)) return;
      const asked = ++estimateAsked;
      patchLaunch({ estimating: true, error: null });
      const result = await api['runs.estimate'](planInput(plan));
      if (asked !== estimateAsked) return;
      patchLaunch(
        result.ok
          ? { estimate: result.value, estimating: false }
          : { estimate: null, estimating: false, error: result.error },
      );
    },

    startRun: async () => {
      const { plan, starting } = get().runLaunch;
      if (!isComplete(plan) || starting) return;
      patchLaunch({ starting: true, error: null });
      const name = plan.name.trim();
      const result = await api['runs.start']({ ...planInput(plan), ...(name ? { name } : {}) });
      if (!result.ok) {
        patchLaunch({ starting: false, error: result.error });
        return;
      }
      get().closeLaunch();
      patch({ list: [result.value, ...get().runs.list.filter((run) => run.id !== result.value.id)] });
      await get().openRun(result.value.id);
    },

    dismissRunsError: () => patch({ error: null }),
  };
};
