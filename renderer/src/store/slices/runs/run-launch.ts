// Launching runs: plan → estimate → start. With candidate models, one model makes a run that judges
// its answers, and several make one run each over the same items, to compare the models.
import type { RunEstimate, RunSummary } from '../../../../../shared/contract';
import { ok, type ApiError, type Result } from '../../../../../shared/result';
import {
  candidatesOf,
  emptyPlan,
  isComplete,
  MAX_CANDIDATES,
  newCandidate,
  planInput,
  type AnswersSource,
  type CandidateDraft,
  type LaunchPlan,
} from '../../launch-plan';
import { sumEstimates } from '../../run-estimates';
import { debounced } from '../../timers';
import type { SliceCreator } from '../../types';

export const ESTIMATE_DELAY_MS = 300;

export interface LaunchState {
  open: boolean;
  plan: LaunchPlan;
  estimate: RunEstimate | null;
  estimating: boolean;
  starting: boolean;
  error: ApiError | null;
}

export interface RunLaunchSlice {
  runLaunch: LaunchState;
  openLaunch(): void;
  closeLaunch(): void;
  editLaunch(changes: Partial<Omit<LaunchPlan, 'answers' | 'candidates'>>): void;
  /** Switching to generated answers starts with one candidate model to fill in. */
  chooseAnswers(answers: AnswersSource): void;
  addCandidate(): void;
  editCandidate(rowId: number, changes: Partial<Omit<CandidateDraft, 'rowId'>>): void;
  removeCandidate(rowId: number): void;
  estimateRun(): Promise<void>;
  /** Starts the run (or one per candidate model) and opens it (or shows them in the list). */
  startRun(): Promise<void>;
}

const closedLaunch: LaunchState = {
  open: false,
  plan: emptyPlan,
  estimate: null,
  estimating: false,
  starting: false,
  error: null,
};

const oneOf = <T>(result: Result<T>): Result<T[]> => (result.ok ? ok([result.value]) : result);

/** All the answers' values, or the first failure among them. */
function allOk<T>(results: Result<T>[]): Result<T[]> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values);
}

export const createRunLaunchSlice: SliceCreator<RunLaunchSlice> = (api) => (set, get) => {
  // Only the estimate of the plan as it is now counts.
  let estimateAsked = 0;
  let nextRowId = 1;
  const patchLaunch = (changes: Partial<LaunchState>) => set((s) => ({ runLaunch: { ...s.runLaunch, ...changes } }));
  const estimateTimer = debounced(ESTIMATE_DELAY_MS, () => void get().estimateRun());
  const providers = () => get().providers.view?.providers ?? [];

  /** Any change to the plan drops the estimate of the old one and asks for the new one's. */
  const replan = (plan: LaunchPlan) => {
    estimateAsked++;
    patchLaunch({ plan, estimate: null, estimating: false, error: null });
    if (isComplete(plan)) estimateTimer.schedule();
    else estimateTimer.cancel();
  };
  const withCandidates = (change: (candidates: CandidateDraft[]) => CandidateDraft[]) => {
    const { plan } = get().runLaunch;
    replan({ ...plan, candidates: change(plan.candidates) });
  };

  return {
    runLaunch: closedLaunch,

    openLaunch: () => {
      const { openDatasetId, workspace } = get();
      const datasetId = openDatasetId ?? workspace.datasets[0]?.id ?? null;
      set({ runLaunch: { ...closedLaunch, open: true, plan: { ...emptyPlan, datasetId } } });
    },

    closeLaunch: () => {
      estimateTimer.cancel();
      estimateAsked++;
      set({ runLaunch: closedLaunch });
    },

    editLaunch: (changes) => replan({ ...get().runLaunch.plan, ...changes }),

    chooseAnswers: (answers) => {
      const { plan } = get().runLaunch;
      const candidates =
        answers === 'generate' && plan.candidates.length === 0
          ? [newCandidate(nextRowId++, providers())]
          : plan.candidates;
      replan({ ...plan, answers, candidates });
    },

    addCandidate: () =>
      withCandidates((candidates) =>
        candidates.length < MAX_CANDIDATES ? [...candidates, newCandidate(nextRowId++, providers())] : candidates,
      ),

    editCandidate: (rowId, changes) =>
      withCandidates((candidates) =>
        candidates.map((candidate) => (candidate.rowId === rowId ? { ...candidate, ...changes } : candidate)),
      ),

    removeCandidate: (rowId) =>
      withCandidates((candidates) => candidates.filter((candidate) => candidate.rowId !== rowId)),

    estimateRun: async () => {
      estimateTimer.cancel();
      const { plan } = get().runLaunch;
      if (!isComplete(plan)) return;
      const asked = ++estimateAsked;
      patchLaunch({ estimating: true, error: null });
      const candidates = candidatesOf(plan);
      const inputs =
        candidates.length === 0
          ? [planInput(plan)]
          : candidates.map((generation) => ({ ...planInput(plan), generation }));
      const result = allOk(await Promise.all(inputs.map((input) => api['runs.estimate'](input))));
      if (asked !== estimateAsked) return;
      patchLaunch(
        result.ok
          ? { estimate: sumEstimates(result.value), estimating: false }
          : { estimate: null, estimating: false, error: result.error },
      );
    },

    startRun: async () => {
      const { plan, starting } = get().runLaunch;
      if (!isComplete(plan) || starting) return;
      patchLaunch({ starting: true, error: null });
      const candidates = candidatesOf(plan);
      const name = plan.name.trim();
      const [generation] = candidates;
      const launched: Result<RunSummary[]> =
        candidates.length > 1
          ? await api['runs.compareModels']({ ...planInput(plan), candidates })
          : oneOf(
              await api['runs.start']({ ...planInput(plan), ...(name && { name }), ...(generation && { generation }) }),
            );
      if (!launched.ok) {
        patchLaunch({ starting: false, error: launched.error });
        return;
      }
      get().closeLaunch();
      get().runsStarted(launched.value);
      // One run opens; several (one per model) are watched side by side in the list.
      const [only, ...others] = launched.value;
      if (only && others.length === 0) await get().openRun(only.id);
    },
  };
};
