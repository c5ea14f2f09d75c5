// Two runs picked for a side-by-side comparison of their per-judge summaries.
import type { RunDetail } from '../../../../shared/contract';
import type { ApiError } from '../../../../shared/result';
import type { SliceCreator } from '../types';

export interface RunCompareState {
  a: number | null;
  b: number | null;
  runA: RunDetail | null;
  runB: RunDetail | null;
  loading: boolean;
  error: ApiError | null;
}

export interface RunCompareSlice {
  runCompare: RunCompareState;
  /** Picks the two runs (ids, null while unpicked) and loads both once both are picked. */
  compareRuns(a: number | null, b: number | null): Promise<void>;
}

export const createRunCompareSlice: SliceCreator<RunCompareSlice> = (api) => (set) => {
  let asked = 0;
  return {
    runCompare: { a: null, b: null, runA: null, runB: null, loading: false, error: null },

    compareRuns: async (a, b) => {
      const question = ++asked;
      const both = a !== null && b !== null;
      set({ runCompare: { a, b, runA: null, runB: null, loading: both, error: null } });
      if (!both) return;
      const [runA, runB] = await Promise.all([api['runs.get']({ id: a }), api['runs.get']({ id: b })]);
      if (question !== asked) return;
      const failed = !runA.ok ? runA : !runB.ok ? runB : null;
      set({
        runCompare: {
          a,
          b,
          runA: runA.ok ? runA.value : null,
          runB: runB.ok ? runB.value : null,
          loading: false,
          error: failed ? failed.error : null,
        },
      });
    },
  };
};
