// The Align view of a judge, opened from Calibration: its disagreements with the experts grouped into
// themes (the estimate first, then one click to group), one proposed guideline per theme with its
// diff, and the expert's accept / edit / reject on each.
import type { AlignCostEstimate, Proposal, Theme } from '../../../../../shared/align';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export type ProposalDecision = 'accept' | 'reject' | 'edit';

export interface AlignState {
  /** The judge being aligned; null while the view is closed. */
  judge: string | null;
  /** The version whose failures are grouped (null: the judge's newest with verdicts). */
  version: number | null;
  /** Group by audit tags and rationale keywords even when the judge has a model (no cost). */
  withoutModel: boolean;
  /** How many failures grouping would read, and what asking the model would cost (null: no model). */
  failures: number | null;
  estimate: AlignCostEstimate | null;
  /** Themes of the last grouping made in this view (null until one is made). */
  themes: Theme[] | null;
  /** What the grouping cost (null when the model's price is unknown). */
  cost: number | null;
  /** Every proposal stored for the judge, decided or not. */
  proposals: Proposal[];
  loading: boolean;
  grouping: boolean;
  /** The proposal whose decision is being saved. */
  deciding: number | null;
  error: ApiError | null;
}

export interface AlignSlice {
  align: AlignState;
  /** Opens the view on the Calibration view's judge and version. */
  openAlign(): Promise<void>;
  closeAlign(): void;
  /** Asks the model, or groups by audit tags and keywords; the estimate follows the choice. */
  setAlignWithoutModel(withoutModel: boolean): Promise<void>;
  /** Groups the failures into themes and proposes a guideline for each. */
  groupFailures(): Promise<void>;
  decideProposal(proposalId: number, decision: ProposalDecision, text?: string): Promise<void>;
}

const closed: AlignState = {
  judge: null,
  version: null,
  withoutModel: false,
  failures: null,
  estimate: null,
  themes: null,
  cost: null,
  proposals: [],
  loading: false,
  grouping: false,
  deciding: null,
  error: null,
};

export const createAlignSlice: SliceCreator<AlignSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AlignState>) => set((s) => ({ align: { ...s.align, ...changes } }));
  /** The judge (and version) asked about; answers for another judge arriving late are dropped. */
  const target = () => {
    const { judge, version, withoutModel } = get().align;
    return judge === null ? null : { judge, ...(version === null ? {} : { version }), withoutModel };
  };
  const stillShowing = (judge: string) => get().align.judge === judge;

  /** How many failures there are and what grouping them would cost, asked without grouping. */
  const estimate = async () => {
    const query = target();
    if (query === null) return null;
    const result = await api['align.themes']({ ...query, dryRun: true });
    if (!stillShowing(query.judge)) return null;
    return result;
  };

  return {
    align: closed,

    openAlign: async () => {
      const { judge, version } = get().calibration;
      if (judge === null) return;
      patch({ ...closed, judge, version, loading: true });
      void get().loadAlignSearch();
      const [proposals, estimated] = await Promise.all([api['align.proposals']({ judge }), estimate()]);
      if (!stillShowing(judge) || estimated === null) return;
      const failed = [proposals, estimated].find((result) => !result.ok);
      patch({
        loading: false,
        error: failed && !failed.ok ? failed.error : null,
        proposals: proposals.ok ? proposals.value : [],
        ...(estimated.ok && { failures: estimated.value.failures, estimate: estimated.value.estimate }),
      });
    },

    setAlignWithoutModel: async (withoutModel) => {
      patch({ withoutModel, estimate: null });
      const estimated = await estimate();
      if (estimated === null || get().align.withoutModel !== withoutModel) return;
      patch(
        estimated.ok
          ? { failures: estimated.value.failures, estimate: estimated.value.estimate }
          : { error: estimated.error },
      );
    },

    closeAlign: () => {
      get().closeItem();
      get().stopAlignSearch();
      set({ align: closed });
    },

    groupFailures: async () => {
      const query = target();
      if (query === null || get().align.grouping) return;
      patch({ grouping: true, error: null });
      const grouped = await api['align.themes'](query);
      if (!stillShowing(query.judge)) return;
      if (!grouped.ok) {
        patch({ grouping: false, error: grouped.error });
        return;
      }
      // Grouping replaces the undecided proposals; decided ones stay, so the whole list is re-read.
      const proposals = await api['align.proposals']({ judge: query.judge });
      if (!stillShowing(query.judge)) return;
      patch({
        grouping: false,
        themes: grouped.value.themes,
        cost: grouped.value.cost,
        failures: grouped.value.failures,
        proposals: proposals.ok ? proposals.value : grouped.value.proposals,
        error: proposals.ok ? null : proposals.error,
      });
    },

    decideProposal: async (proposalId, decision, text) => {
      const judge = get().align.judge;
      if (judge === null) return;
      patch({ deciding: proposalId, error: null });
      const decided = await api['align.decide']({ proposalId, decision, ...(text === undefined ? {} : { text }) });
      if (!stillShowing(judge)) return;
      if (!decided.ok) {
        patch({ deciding: null, error: decided.error });
        return;
      }
      const proposal = decided.value;
      patch({
        deciding: null,
        proposals: get().align.proposals.map((listed) => (listed.id === proposal.id ? proposal : listed)),
      });
    },
  };
};
