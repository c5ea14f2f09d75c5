// The alignment search of the judge in the Align view: its estimate, starting it (within a budget,
// with every proposed guideline or only the accepted ones), and driving it to its end. A search goes
// one step per `align.start` call and hands back the runs it is waiting for; once they end, the view
// calls again (`resume`) to take the next step, as `gavel align` does, showing each run's progress.
import type { AlignSearchView } from '../../../../../shared/align';
import type { AlignSearchEstimate } from '../../../../../shared/align-search';
import type { Input } from '../../../../../shared/contract';
import type { RunProgress, RunStatus } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { coalesced } from '../../timers';
import type { SliceCreator } from '../../types';

/** How often the runs a search waits for are checked, and a running search re-read. */
export const ALIGN_SEARCH_POLL_MS = 1000;

/** Run statuses that mean the run still goes: the search's next step waits for them to end. */
const GOING: ReadonlySet<RunStatus> = new Set(['pending', 'running']);

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
  /** The runs this view waits for before taking the search's next step (none: not driving it). */
  pending: number[];
  /** The latest progress of one of those runs. */
  progress: RunProgress | null;
  starting: boolean;
  error: ApiError | null;
}

export interface AlignSearchSlice {
  alignSearch: AlignSearchState;
  /** Shows the Align view judge's newest search, re-read while it runs. */
  loadAlignSearch(): Promise<void>;
  editAlignSearchForm(changes: Partial<AlignSearchForm>): void;
  estimateAlignSearch(): Promise<void>;
  startAlignSearch(): Promise<void>;
  /** Continues the search shown (paused, or running with no one taking its steps), with the form's budget. */
  resumeAlignSearch(): Promise<void>;
  alignSearchRunProgressed(progress: RunProgress): void;
  /** Stops following (the runs go on; the search waits to be resumed). */
  stopAlignSearch(): void;
}

const initial: AlignSearchState = {
  form: { budget: null, acceptedOnly: false },
  estimate: null,
  search: null,
  pending: [],
  progress: null,
  starting: false,
  error: null,
};

export const createAlignSearchSlice: SliceCreator<AlignSearchSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AlignSearchState>) => set((s) => ({ alignSearch: { ...s.alignSearch, ...changes } }));

  const show = (search: AlignSearchView | null, pending: number[]) => {
    poll.cancel();
    patch({ search, pending, ...(pending.length === 0 && { progress: null }) });
    if (pending.length > 0 || search?.status === 'running') poll.schedule();
  };

  /** Calls `align.start` and shows where the search got to. */
  const start = async (input: Input<'align.start'>) => {
    patch({ starting: true, error: null });
    const result = await api['align.start'](input);
    patch({ starting: false });
    if (!result.ok) {
      patch({ error: result.error });
      return;
    }
    const { search, estimate, pending } = result.value;
    if (estimate !== null) patch({ estimate });
    if (search !== null) show(search, pending);
  };

  /** Once the awaited runs have ended, the search's next step; meanwhile (or when not driving) a re-read. */
  const follow = async () => {
    const { search: shown, pending } = get().alignSearch;
    if (shown === null) return;
    const runs = await Promise.all(pending.map((id) => api['runs.get']({ id })));
    const failed = runs.find((run) => !run.ok);
    if (get().alignSearch.search?.id !== shown.id) return;
    if (failed && !failed.ok) {
      patch({ error: failed.error, pending: [] });
      return;
    }
    const going = runs.some((run) => run.ok && GOING.has(run.value.status));
    if (pending.length > 0 && !going) {
      await start({ resume: shown.id });
      return;
    }
    const read = await api['align.get']({ id: shown.id });
    if (get().alignSearch.search?.id !== shown.id) return;
    if (read.ok) show(read.value, get().alignSearch.pending);
    else patch({ error: read.error });
  };
  const poll = coalesced(ALIGN_SEARCH_POLL_MS, () => void follow());

  /** The start input for the Align view's judge and version: the form's options, and the view's choice of grouping. */
  const startInput = () => {
    const { judge, version, withoutModel } = get().align;
    const { budget, acceptedOnly } = get().alignSearch.form;
    if (judge === null) return null;
    return {
      judge,
      ...(version === null ? {} : { version }),
      ...(budget === null ? {} : { budget }),
      acceptedOnly,
      withoutModel,
    };
  };

  return {
    alignSearch: initial,

    loadAlignSearch: async () => {
      const judge = get().align.judge;
      poll.cancel();
      set({ alignSearch: initial });
      if (judge === null) return;
      const result = await api['align.list']({ judge });
      if (get().align.judge !== judge) return;
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      const newest = result.value.reduce<AlignSearchView | null>((a, b) => (a && a.id > b.id ? a : b), null);
      show(newest, []);
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
      const { search, form, pending } = get().alignSearch;
      if (search === null || pending.length > 0 || (search.status !== 'paused' && search.status !== 'running')) return;
      await start({ resume: search.id, ...(form.budget === null ? {} : { budget: form.budget }) });
    },

    alignSearchRunProgressed: (progress) => {
      if (get().alignSearch.pending.includes(progress.runId)) patch({ progress });
    },

    stopAlignSearch: () => {
      poll.cancel();
      set({ alignSearch: initial });
    },
  };
};
