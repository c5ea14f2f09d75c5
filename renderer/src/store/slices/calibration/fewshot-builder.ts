// Curating a judge's few-shot set: the saved set (or Gavel's suggestions), edited here (remove,
// reword, reorder, add from the judge's explained misses), saved, and previewed in the judge's prompt.
import type { PromptPreview } from '../../../../../shared/contract';
import type { FewShotExample } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { addable, curated, moveExample, removeExample, rewordExample, saveProblem } from '../../fewshot-edits';
import { debounced } from '../../timers';
import type { SliceCreator } from '../../types';
import { calibrationQuery } from './calibration';
import { PREVIEW_DELAY_MS } from '../judges/judge-preview';

/** How many examples a set starts with when Gavel suggests it. */
export const SUGGESTED_EXAMPLES = 5;
/** Candidates to add are asked for generously: every explained miss, within the contract's limits. */
const CANDIDATES = { maxExamples: 50, tokenBudget: 100_000 };

export interface FewShotBuilderState {
  judge: string | null;
  /** True while the examples are Gavel's suggestions, not a saved set. */
  suggested: boolean;
  savedAt: string | null;
  examples: FewShotExample[];
  /** The judge's misses with a reviewer's rationale: what can be added. */
  candidates: FewShotExample[];
  /** Edited since loaded or saved. */
  dirty: boolean;
  loading: boolean;
  saving: boolean;
  error: ApiError | null;
  previewItemId: number | null;
  preview: PromptPreview | null;
  previewLoading: boolean;
  previewError: ApiError | null;
}

export interface FewShotBuilderSlice {
  fewshot: FewShotBuilderState;
  loadFewShot(): Promise<void>;
  removeFewShotExample(index: number): void;
  rewordFewShotExample(index: number, rationale: string): void;
  moveFewShotExample(index: number, step: 1 | -1): void;
  addFewShotExample(itemId: number): void;
  saveFewShot(): Promise<void>;
  /** Shows the judge's prompt for an item with the set as edited (saved or not). */
  previewFewShot(itemId: number | null): Promise<void>;
}

const empty: FewShotBuilderState = {
  judge: null,
  suggested: false,
  savedAt: null,
  examples: [],
  candidates: [],
  dirty: false,
  loading: false,
  saving: false,
  error: null,
  previewItemId: null,
  preview: null,
  previewLoading: false,
  previewError: null,
};

export const createFewShotBuilderSlice: SliceCreator<FewShotBuilderSlice> = (api) => (set, get) => {
  let loadAsked = 0;
  let previewAsked = 0;
  const patch = (changes: Partial<FewShotBuilderState>) => set((s) => ({ fewshot: { ...s.fewshot, ...changes } }));
  // The preview shows the set as edited, so it follows the edits once typing pauses.
  const repreview = debounced(PREVIEW_DELAY_MS, () => void get().previewFewShot(get().fewshot.previewItemId));
  const edit = (examples: FewShotExample[]) => {
    patch({ examples, dirty: true });
    if (get().fewshot.previewItemId !== null) repreview.schedule();
  };

  return {
    fewshot: empty,

    loadFewShot: async () => {
      const query = calibrationQuery(get().calibration);
      const asked = ++loadAsked;
      previewAsked++;
      repreview.cancel();
      set({ fewshot: { ...empty, judge: query?.judge ?? null, loading: query !== null } });
      if (query === null) return;
      const [saved, candidates] = await Promise.all([
        api['fewshot.get']({ ...query, maxExamples: SUGGESTED_EXAMPLES }),
        api['fewshot.suggest']({ ...query, ...CANDIDATES }),
      ]);
      if (asked !== loadAsked) return;
      if (!saved.ok) {
        patch({ loading: false, error: saved.error });
        return;
      }
      patch({
        loading: false,
        suggested: saved.value.suggested,
        savedAt: saved.value.savedAt,
        examples: saved.value.examples,
        candidates: candidates.ok ? candidates.value : [],
        error: candidates.ok ? null : candidates.error,
      });
    },

    removeFewShotExample: (index) => edit(removeExample(get().fewshot.examples, index)),
    rewordFewShotExample: (index, rationale) => edit(rewordExample(get().fewshot.examples, index, rationale)),
    moveFewShotExample: (index, step) => edit(moveExample(get().fewshot.examples, index, step)),

    addFewShotExample: (itemId) => {
      const { examples, candidates } = get().fewshot;
      const candidate = addable(candidates, examples).find((example) => example.itemId === itemId);
      if (candidate) edit([...examples, candidate]);
    },

    saveFewShot: async () => {
      const { judge, examples } = get().fewshot;
      if (judge === null) return;
      patch({ saving: true, error: null });
      const result = await api['fewshot.save']({ judge, examples: curated(examples) });
      if (get().fewshot.judge !== judge) return;
      if (!result.ok) {
        patch({ saving: false, error: result.error });
        return;
      }
      patch({
        saving: false,
        dirty: false,
        suggested: result.value.suggested,
        savedAt: result.value.savedAt,
        examples: result.value.examples,
      });
    },

    previewFewShot: async (itemId) => {
      const { judge, examples } = get().fewshot;
      const asked = ++previewAsked;
      patch({ previewItemId: itemId, previewError: null, ...(itemId === null ? { preview: null } : {}) });
      // A blank rationale is being retyped: the last preview stands until it is whole again.
      if (judge === null || itemId === null || saveProblem(examples) !== null) return;
      patch({ previewLoading: true });
      const result = await api['fewshot.preview']({ judge, itemId, examples: curated(examples) });
      if (asked !== previewAsked) return;
      patch(
        result.ok
          ? { preview: result.value, previewLoading: false }
          : { previewError: result.error, previewLoading: false },
      );
    },
  };
};
