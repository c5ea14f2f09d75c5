// Labelling sessions: the list with each reviewer's progress, and the form that creates one.
import type { SessionSelection } from '../../../../../shared/contract';
import type { SessionView } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export type SelectionKind = 'all' | 'sample' | 'stratified' | 'hard_first';

export interface SessionForm {
  name: string;
  datasetId: number | null;
  instructions: string;
  judges: string[];
  selection: SelectionKind;
  size: number;
  seed: number;
  /** The judge whose verdict buckets a stratified sample draws evenly from. */
  stratifyBy: string | null;
  blind: boolean;
  requireRationale: boolean;
  /** Comma-separated reviewer names. */
  reviewers: string;
}

export type ReviewPane = 'queue' | 'sessions' | 'adjudication';

export interface SessionsState {
  pane: ReviewPane;
  list: SessionView[];
  loaded: boolean;
  error: ApiError | null;
  form: SessionForm | null;
  saving: boolean;
  formError: ApiError | null;
}

export interface SessionsSlice {
  sessions: SessionsState;
  showReviewPane(pane: ReviewPane): void;
  refreshSessions(): Promise<void>;
  openSessionForm(): void;
  editSessionForm(changes: Partial<SessionForm>): void;
  closeSessionForm(): void;
  saveSession(): Promise<void>;
}

export const newSessionForm = (datasetId: number | null, reviewer: string | null): SessionForm => ({
  name: '',
  datasetId,
  instructions: '',
  judges: [],
  selection: 'all',
  size: 20,
  seed: 1,
  stratifyBy: null,
  blind: false,
  requireRationale: true,
  reviewers: reviewer ?? '',
});

/** The contract's item selection for what the form says. */
export function selectionOf(form: SessionForm): SessionSelection {
  switch (form.selection) {
    case 'all':
      return { kind: 'all' };
    case 'sample':
      return { kind: 'sample', size: form.size, seed: form.seed };
    case 'stratified':
      return { kind: 'stratified', judge: form.stratifyBy ?? form.judges[0] ?? '', size: form.size, seed: form.seed };
    case 'hard_first':
      return { kind: 'hard_first', size: form.size };
  }
}

const namesIn = (text: string): string[] =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);

export const createSessionsSlice: SliceCreator<SessionsSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<SessionsState>) => set((s) => ({ sessions: { ...s.sessions, ...changes } }));

  return {
    sessions: { pane: 'queue', list: [], loaded: false, error: null, form: null, saving: false, formError: null },

    showReviewPane: (pane) => {
      patch({ pane });
      if (pane === 'sessions') void get().refreshSessions();
    },

    refreshSessions: async () => {
      const result = await api['sessions.list']({});
      patch(result.ok ? { list: result.value, loaded: true, error: null } : { error: result.error });
    },

    openSessionForm: () =>
      patch({
        form: newSessionForm(
          get().reviewQueue.datasetId ?? get().workspace.datasets[0]?.id ?? null,
          get().reviewQueue.reviewer,
        ),
        formError: null,
      }),

    editSessionForm: (changes) => {
      const { form } = get().sessions;
      if (form) patch({ form: { ...form, ...changes } });
    },

    closeSessionForm: () => patch({ form: null, formError: null }),

    saveSession: async () => {
      const { form } = get().sessions;
      if (!form || form.datasetId === null) return;
      patch({ saving: true, formError: null });
      const result = await api['sessions.create']({
        name: form.name,
        datasetId: form.datasetId,
        instructions: form.instructions,
        judges: form.judges,
        selection: selectionOf(form),
        blind: form.blind,
        requireRationale: form.requireRationale,
        reviewers: namesIn(form.reviewers),
      });
      if (!result.ok) {
        patch({ saving: false, formError: result.error });
        return;
      }
      patch({ saving: false, form: null });
      await get().refreshSessions();
    },
  };
};
