// Two runs picked for a side-by-side comparison of their per-judge summaries, and, when both generated
// their answers, a pairwise judge started on them to say which answers are better.
import type { RunDetail } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface RunCompareState {
  a: number | null;
  b: number | null;
  runA: RunDetail | null;
  runB: RunDetail | null;
  loading: boolean;
  error: ApiError | null;
  /** The pairwise judge (the id of its latest version) chosen to compare the two runs' answers. */
  pairwiseJudgeVersionId: number | null;
  startingPairwise: boolean;
  pairwiseError: ApiError | null;
}

export interface RunCompareSlice {
  runCompare: RunCompareState;
  /** Picks the two runs (ids, null while unpicked) and loads both once both are picked. */
  compareRuns(a: number | null, b: number | null): Promise<void>;
  choosePairwiseJudge(judgeVersionId: number | null): void;
  /** Starts the pairwise judge on the answers of run A and run B, then opens the new run. */
  startPairwise(): Promise<void>;
}

export const createRunCompareSlice: SliceCreator<RunCompareSlice> = (api) => (set, get) => {
  let asked = 0;
  const patch = (changes: Partial<RunCompareState>) => set((s) => ({ runCompare: { ...s.runCompare, ...changes } }));

  return {
    runCompare: {
      a: null,
      b: null,
      runA: null,
      runB: null,
      loading: false,
      error: null,
      pairwiseJudgeVersionId: null,
      startingPairwise: false,
      pairwiseError: null,
    },

    compareRuns: async (a, b) => {
      const question = ++asked;
      const both = a !== null && b !== null;
      patch({ a, b, runA: null, runB: null, loading: both, error: null, pairwiseError: null });
      if (!both) return;
      const [runA, runB] = await Promise.all([api['runs.get']({ id: a }), api['runs.get']({ id: b })]);
      if (question !== asked) return;
      const failed = !runA.ok ? runA : !runB.ok ? runB : null;
      patch({
        runA: runA.ok ? runA.value : null,
        runB: runB.ok ? runB.value : null,
        loading: false,
        error: failed ? failed.error : null,
      });
    },

    choosePairwiseJudge: (judgeVersionId) => patch({ pairwiseJudgeVersionId: judgeVersionId, pairwiseError: null }),

    startPairwise: async () => {
      const { a, b, pairwiseJudgeVersionId, startingPairwise } = get().runCompare;
      if (a === null || b === null || pairwiseJudgeVersionId === null || startingPairwise) return;
      patch({ startingPairwise: true, pairwiseError: null });
      const result = await api['runs.startPairwise']({ runA: a, runB: b, judgeVersionId: pairwiseJudgeVersionId });
      if (!result.ok) {
        patch({ startingPairwise: false, pairwiseError: result.error });
        return;
      }
      patch({ startingPairwise: false });
      get().runsStarted([result.value]);
      await get().openRun(result.value.id);
    },
  };
};
