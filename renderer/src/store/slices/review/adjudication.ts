// Adjudication: items where reviewers' latest labels disagree on a judge, and the value an adjudicator
// settles on, with a rationale (stored as the adjudicator's label).
import type { Disagreement, LabelValue } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface ResolutionDraft {
  value: LabelValue | null;
  rationale: string;
  saving: boolean;
  error: ApiError | null;
}

export interface AdjudicationState {
  list: Disagreement[];
  loaded: boolean;
  error: ApiError | null;
  /** Per `disagreementKey`. */
  drafts: Record<string, ResolutionDraft>;
}

export interface AdjudicationSlice {
  adjudication: AdjudicationState;
  loadAdjudication(): Promise<void>;
  editResolution(key: string, changes: Partial<Pick<ResolutionDraft, 'value' | 'rationale'>>): void;
  resolveDisagreement(disagreement: Disagreement): Promise<void>;
}

export const disagreementKey = (disagreement: Pick<Disagreement, 'itemId' | 'judge'>): string =>
  `${disagreement.itemId}:${disagreement.judge}`;

export const emptyResolution: ResolutionDraft = { value: null, rationale: '', saving: false, error: null };

export const createAdjudicationSlice: SliceCreator<AdjudicationSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AdjudicationState>) =>
    set((s) => ({ adjudication: { ...s.adjudication, ...changes } }));
  const patchDraft = (key: string, changes: Partial<ResolutionDraft>) =>
    set((s) => ({
      adjudication: {
        ...s.adjudication,
        drafts: {
          ...s.adjudication.drafts,
          [key]: { ...(s.adjudication.drafts[key] ?? emptyResolution), ...changes },
        },
      },
    }));

  return {
    adjudication: { list: [], loaded: false, error: null, drafts: {} },

    loadAdjudication: async () => {
      const { datasetId } = get().reviewQueue;
      if (datasetId === null) return;
      // Resolving needs each judge's scale, which the judges list knows.
      if (!get().judges.loaded) void get().refreshJudges();
      const result = await api['adjudication.list']({ datasetId });
      patch(result.ok ? { list: result.value, loaded: true, error: null } : { error: result.error });
    },

    editResolution: (key, changes) => patchDraft(key, { ...changes, error: null }),

    resolveDisagreement: async (disagreement) => {
      const key = disagreementKey(disagreement);
      const draft = get().adjudication.drafts[key] ?? emptyResolution;
      const reviewer = get().reviewQueue.reviewer;
      if (!draft.value || reviewer === null) return;
      patchDraft(key, { saving: true, error: null });
      const result = await api['adjudication.resolve']({
        itemId: disagreement.itemId,
        judge: disagreement.judge,
        reviewer,
        ...draft.value,
        rationale: draft.rationale,
      });
      if (!result.ok) {
        patchDraft(key, { saving: false, error: result.error });
        return;
      }
      patchDraft(key, { saving: false });
      await get().loadAdjudication();
    },
  };
};
