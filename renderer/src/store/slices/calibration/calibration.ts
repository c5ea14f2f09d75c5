// The Calibration section: which judge and whose labels, the judge's overview (versions, confusion
// matrices, distributions, tags), a breakdown by a metadata field, and opening items in review.
import type { BreakdownRow, CalibrationOverview, ItemRef } from '../../../../../shared/calibration';
import type { ApiError } from '../../../../../shared/result';
import { knownItems, queueTarget, targetNote } from '../../calibration-items';
import type { SliceCreator } from '../../types';
import { mostReviewedJudge } from '../../calibration-judges';

export interface CalibrationState {
  judge: string | null;
  /** The version looked at, or null for the judge's newest version with verdicts. */
  version: number | null;
  /** One reviewer's labels, or null for the consensus of all reviewers. */
  reviewer: string | null;
  reviewers: string[];
  overview: CalibrationOverview | null;
  /**
   * Every item of the judge's overviews so far, by id, in key order: few-shot examples and earlier
   * versions' items keep their keys when the overview moves on to a newer version.
   */
  items: Map<number, ItemRef>;
  loading: boolean;
  error: ApiError | null;
  breakdownField: string | null;
  breakdown: BreakdownRow[] | null;
  breakdownLoading: boolean;
  breakdownError: ApiError | null;
}

/** The judge, version and reviewer every calibration question is about (what the pickers chose). */
export function calibrationQuery(state: CalibrationState) {
  const { judge, version, reviewer } = state;
  if (judge === null) return null;
  return { judge, ...(version === null ? {} : { version }), ...(reviewer === null ? {} : { reviewer }) };
}

export interface CalibrationSlice {
  calibration: CalibrationState;
  /** Reviewers to pick from, and everything about the chosen judge when there is one. */
  loadCalibrationPage(): Promise<void>;
  chooseCalibrationJudge(judge: string): Promise<void>;
  chooseCalibrationReviewer(reviewer: string | null): Promise<void>;
  chooseCalibrationVersion(version: number | null): Promise<void>;
  /** Re-reads the overview, the few-shot set and the calibrations of the chosen judge. */
  refreshCalibration(): Promise<void>;
  /** Re-reads the overview alone (a calibration added a version), leaving the few-shot set as edited. */
  reloadCalibrationOverview(): Promise<void>;
  chooseBreakdownField(field: string | null): Promise<void>;
  /** Opens exactly these items in the review queue (of the dataset holding most of them). */
  openCalibrationItems(items: ItemRef[], what: string): Promise<void>;
}

const initial: CalibrationState = {
  judge: null,
  version: null,
  reviewer: null,
  reviewers: [],
  overview: null,
  items: new Map(),
  loading: false,
  error: null,
  breakdownField: null,
  breakdown: null,
  breakdownLoading: false,
  breakdownError: null,
};

export const createCalibrationSlice: SliceCreator<CalibrationSlice> = (api) => (set, get) => {
  // Only the answer to the latest question counts when the user switches faster than it answers.
  let overviewAsked = 0;
  let breakdownAsked = 0;
  const patch = (changes: Partial<CalibrationState>) => set((s) => ({ calibration: { ...s.calibration, ...changes } }));
  const query = () => calibrationQuery(get().calibration);

  const loadOverview = async () => {
    const asked = ++overviewAsked;
    const input = query();
    if (input === null) return;
    patch({ loading: true, error: null });
    const result = await api['calibration.overview'](input);
    if (asked !== overviewAsked) return;
    if (!result.ok) {
      patch({ error: result.error, loading: false });
      return;
    }
    const items = knownItems(get().calibration.items, result.value);
    patch({ overview: result.value, items, loading: false });
  };

  return {
    calibration: initial,

    loadCalibrationPage: async () => {
      // Labels may have come since the datasets were read: they decide which judge is shown first.
      await get().refreshWorkspace();
      const chosen = get().calibration.judge !== null;
      const first = chosen ? null : mostReviewedJudge(get().workspace.datasets);
      if (first !== null) await get().chooseCalibrationJudge(first);
      const [reviewers] = await Promise.all([
        api['reviewers.list']({}),
        get().loadProviders(),
        // Coming back (from a cell's items in review, say) re-reads what labels may have changed,
        // but keeps a few-shot set being edited.
        chosen ? loadOverview() : null,
        chosen ? get().loadCalibrations() : null,
        chosen && !get().fewshot.dirty ? get().loadFewShot() : null,
      ]);
      if (reviewers.ok) patch({ reviewers: reviewers.value.map((reviewer) => reviewer.name) });
    },

    chooseCalibrationJudge: async (judge) => {
      breakdownAsked++;
      patch({
        judge,
        version: null,
        overview: null,
        items: new Map(),
        breakdownField: null,
        breakdown: null,
        breakdownError: null,
      });
      await get().refreshCalibration();
    },

    chooseCalibrationReviewer: async (reviewer) => {
      patch({ reviewer });
      await Promise.all([get().refreshCalibration(), get().chooseBreakdownField(get().calibration.breakdownField)]);
    },

    chooseCalibrationVersion: async (version) => {
      patch({ version });
      await Promise.all([get().refreshCalibration(), get().chooseBreakdownField(get().calibration.breakdownField)]);
    },

    refreshCalibration: async () => {
      await Promise.all([loadOverview(), get().loadFewShot(), get().loadCalibrations()]);
    },

    reloadCalibrationOverview: () => loadOverview(),

    chooseBreakdownField: async (field) => {
      const asked = ++breakdownAsked;
      const input = query();
      patch({ breakdownField: field, breakdown: null, breakdownError: null });
      if (field === null || input === null) return;
      patch({ breakdownLoading: true });
      const result = await api['calibration.breakdown']({ ...input, field });
      if (asked !== breakdownAsked) return;
      patch(
        result.ok
          ? { breakdown: result.value, breakdownLoading: false }
          : { breakdownError: result.error, breakdownLoading: false },
      );
    },

    openCalibrationItems: async (items, what) => {
      const target = queueTarget(items);
      if (target === null) return;
      await get().openQueueItems(target.datasetId, target.itemIds, get().calibration.judge, targetNote(what, target));
    },
  };
};
