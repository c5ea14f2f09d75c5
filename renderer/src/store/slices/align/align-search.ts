// The alignment search of the judge in the Align view: its estimate, starting it (within a budget,
// with every proposed guideline or only the accepted ones), following its phase and cost until it
// ends, and resuming one that paused.
import type { AlignSearchView } from '../../../../../shared/align';
import type { AlignSearchEstimate } from '../../../../../shared/align-search';
import type { ApiError } from '../../../../../shared/result';
import { coalesced } from '../../timers';
import type { SliceCreator } from '../../types';

/** A running search is re-read this often: its phase, cost and, at the end, its sealed test. */
export const ALIGN_SEARCH_POLL_MS = 1000;

export interface AlignSearchForm {
  /** US dollars the search may spend; null: no cap. */
  budget: number | null;
  /** Only the guidelines the expert accepted or edited; otherwise every one not rejected. */
  acceptedOnly: boolean;
}

export interface AlignSearchState {
  form: AlignSearchForm;
  estimate: AlignSearchEstimate | null;
  /** The judge's newest search, or the one just started. */
  search: AlignSearchView | null;
  starting: boolean;
  error: ApiError | null;
}

export interface AlignSearchSlice {
  alignSearch: AlignSearchState;
  /** Shows the Align view judge's newest search, followed while it runs. */
  loadAlignSearch(): Promise<void>;
  editAlignSearchForm(changes: Partial<AlignSearchForm>): void;
  estimateAlignSearch(): Promise<void>;
  startAlignSearch(): Promise<void>;
  /** Continues a paused search, with the budget now in the form. */
  resumeAlignSearch(): Promise<void>;
  /** Stops following (the search itself goes on). */
  stopAlignSearch(): void;
}

const initial: AlignSearchState = {
  form: { budget: null, acceptedOnly: false },
  estimate: null,
  search: null,
  starting: false,
  error: null,
};

export const createAlignSearchSlice: SliceCreator<AlignSearchSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AlignSearchState>) => set((s) => ({ alignSearch: { ...s.alignSearch, ...changes } }));

  const show = (search: AlignSearchView | null) => {
    poll.cancel();
    patch({ search });
    if (search?.status === 'running') poll.schedule();
  };

  const follow = async () => {
    const shown = get().alignSearch.search;
    if (shown === null) return;
    const result = await api['align.get']({ id: shown.id });
    if (get().alignSearch.search?.id !== shown.id) return;
    if (result.ok) show(result.value);
    else patch({ error: result.error });
  };
  const poll = coalesced(ALIGN_SEARCH_POLL_MS, () => void follow());

  /** The start input of the form's options for the Align view's judge and version. */
  const startInput = () => {
    const { judge, version } = get().align;
    const { budget, acceptedOnly } = get().alignSearch.form;
    if (judge === null) return null;
    return {
      judge,
      ...(version === null ? {} : { version }),
      ...(budget === null ? {} : { budget }),
      acceptedOnly,
    };
  };

  const start = async (input: Parameters<(typeof api)['align.start']>[0]) => {
    patch({ starting: true, error: null });
    const result = await api['align.start'](input);
    patch({ starting: false });
    if (!result.ok) {
      patch({ error: result.error });
      return;
    }
    patch({ estimate: result.value.estimate ?? get().alignSearch.estimate });
    if (result.value.search !== null) show(result.value.search);
  };

  return {
    alignSearch: initial,

    loadAlignSearch: async () => {
      const judge = get().align.judge;
      show(null);
      set({ alignSearch: initial });
      if (judge === null) return;
      const result = await api['align.list']({ judge });
      if (get().align.judge !== judge) return;
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      show(result.value.reduce<AlignSearchView | null>((newest, s) => (newest && newest.id > s.id ? newest : s), null));
    },

    editAlignSearchForm: (changes) => patch({ form: { ...get().alignSearch.form, ...changes }, estimate: null }),

    estimateAlignSearch: async () => {
      const input = startInput();
      if (input !== null) await start({ ...input, dryRun: true });
    },

    startAlignSearch: async () => {
      const input = startInput();
      if (input !== null && !get().alignSearch.starting) await start(input);
    },

    resumeAlignSearch: async () => {
      const { search, form } = get().alignSearch;
      if (search === null || search.status !== 'paused') return;
      await start({ resume: search.id, ...(form.budget === null ? {} : { budget: form.budget }) });
    },

    stopAlignSearch: () => {
      poll.cancel();
      set({ alignSearch: initial });
    },
  };
};
