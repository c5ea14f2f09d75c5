// A run being planned in the launch form, and what it becomes for the API: the items, the judges,
// and where the answers come from (the dataset, or candidate models that write them first).
import type { Input, Selection } from '../../../shared/contract';
import type { ProviderConfig } from '../../../shared/judging';
import { defaultProviderId } from './judge-drafts';

export type SelectionKind = 'all' | 'sample' | 'first';

/** Judge the responses the dataset holds, or generate them with candidate models first. */
export type AnswersSource = 'dataset' | 'generate';

/** A candidate model as the API takes it: what is left out gets the main process's default. */
export type Candidate = Input<'runs.compareModels'>['candidates'][number];

/** The main process compares at most this many models at once (runs.compareModels). */
export const MAX_CANDIDATES = 8;

export interface CandidateDraft {
  /** Keeps a row's fields with it when rows above it are removed. */
  rowId: number;
  provider: string;
  model: string;
  system: string;
  /** Null leaves it to the main process's default. */
  temperature: number | null;
  maxTokens: number | null;
}

export interface LaunchPlan {
  datasetId: number | null;
  /** The latest version of each judge picked. */
  judgeVersionIds: number[];
  selection: SelectionKind;
  /** Items for a sample or the first N. */
  size: number;
  seed: number;
  /** Only for a single run: comparing models names each run after its model. */
  name: string;
  answers: AnswersSource;
  candidates: CandidateDraft[];
  /** Judge only the items that have every field the judges need (the estimate says which lack them). */
  onlyComplete: boolean;
}

export const emptyPlan: LaunchPlan = {
  datasetId: null,
  judgeVersionIds: [],
  selection: 'all',
  size: 100,
  seed: 1,
  name: '',
  answers: 'dataset',
  candidates: [],
  onlyComplete: false,
};

const selectionFor = (plan: LaunchPlan): Selection => {
  switch (plan.selection) {
    case 'all':
      return { kind: 'all' };
    case 'sample':
      return { kind: 'sample', size: plan.size, seed: plan.seed };
    case 'first':
      return { kind: 'first', size: plan.size };
  }
};

/** A new row, on the first provider that can answer (heuristic providers call no model). */
export const newCandidate = (rowId: number, providers: ProviderConfig[]): CandidateDraft => ({
  rowId,
  provider: defaultProviderId(providers) ?? '',
  model: '',
  system: '',
  temperature: null,
  maxTokens: null,
});

const candidateInput = (draft: CandidateDraft): Candidate => ({
  provider: draft.provider,
  model: draft.model.trim(),
  ...(draft.system.trim() !== '' && { system: draft.system }),
  ...(draft.temperature !== null && { temperature: draft.temperature }),
  ...(draft.maxTokens !== null && { maxTokens: draft.maxTokens }),
});

/** The models that answer before the judges do: none when the dataset's responses are judged. */
export const candidatesOf = (plan: LaunchPlan): Candidate[] =>
  plan.answers === 'generate' ? plan.candidates.map(candidateInput) : [];

/** The plan has what the API needs to estimate or start it. */
export const isComplete = (plan: LaunchPlan): plan is LaunchPlan & { datasetId: number } =>
  plan.datasetId !== null &&
  plan.judgeVersionIds.length > 0 &&
  (plan.selection === 'all' || (Number.isInteger(plan.size) && plan.size >= 1)) &&
  (plan.answers === 'dataset' ||
    (plan.candidates.length >= 1 &&
      plan.candidates.length <= MAX_CANDIDATES &&
      plan.candidates.every((candidate) => candidate.provider !== '' && candidate.model.trim() !== '')));

/** What the estimate, start and compare channels share. */
export const planInput = (plan: LaunchPlan & { datasetId: number }) => ({
  datasetId: plan.datasetId,
  judgeVersionIds: plan.judgeVersionIds,
  selection: selectionFor(plan),
  onlyComplete: plan.onlyComplete,
});
