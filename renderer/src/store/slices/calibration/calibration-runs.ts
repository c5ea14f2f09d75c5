// Closing the loop for the chosen judge: a calibration (a new version with the few-shot set, re-run
// on labelled items it never saw) started here, followed until it is done, and the earlier ones.
import type { CalibrationView } from '../../../../../shared/calibration';
import type { RunProgress } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { clampExampleCount } from '../../fewshot-edits';
import { coalesced } from '../../timers';
import type { SliceCreator } from '../../types';
import { calibrationQuery } from './calibration';

/** A running calibration is re-read this often: its before/after appears once its run is done. */
export const CALIBRATION_POLL_MS = 1000;

export interface CalibrateForm {
  /** Share of the labelled items set aside before the examples are chosen (0 = every other item). */
  holdout: number;
  maxExamples: number;
  /** Empty: the provider and model of the version it starts from. */
  provider: string;
  model: string;
}

export interface CalibrationRunsState {
  form: CalibrateForm;
  /** Newest first. */
  list: CalibrationView[];
  /** The calibration shown in full: the one just started, or one picked from the list. */
  current: CalibrationView | null;
  /** The latest progress event of the current calibration's run. */
  progress: RunProgress | null;
  starting: boolean;
  error: ApiError | null;
}

export interface CalibrationRunsSlice {
  calibrationRuns: CalibrationRunsState;
  loadCalibrations(): Promise<void>;
  editCalibrateForm(changes: Partial<CalibrateForm>): void;
  startCalibration(): Promise<void>;
  showCalibration(id: number): Promise<void>;
  calibrationRunProgressed(progress: RunProgress): void;
}

export const DEFAULT_CALIBRATE_FORM: CalibrateForm = { holdout: 0, maxExamples: 5, provider: '', model: '' };

const newestFirst = (list: CalibrationView[]) => [...list].sort((a, b) => b.id - a.id);

export const createCalibrationRunsSlice: SliceCreator<CalibrationRunsSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<CalibrationRunsState>) =>
    set((s) => ({ calibrationRuns: { ...s.calibrationRuns, ...changes } }));

  /** The current calibration, re-read; again later while it runs. */
  const follow = async () => {
    const shown = get().calibrationRuns.current;
    if (shown === null) return;
    const result = await api['calibration.get']({ id: shown.id });
    if (get().calibrationRuns.current?.id !== shown.id) return;
    if (!result.ok) {
      patch({ error: result.error });
      return;
    }
    const current = result.value;
    patch({ current, list: get().calibrationRuns.list.map((listed) => (listed.id === current.id ? current : listed)) });
    if (current.status === 'running') poll.schedule();
    // A finished calibration made a new version with verdicts: the overview has a new point.
    else if (shown.status === 'running') void get().reloadCalibrationOverview();
  };
  const poll = coalesced(CALIBRATION_POLL_MS, () => void follow());

  const show = (current: CalibrationView | null) => {
    poll.cancel();
    patch({ current, progress: null });
    if (current?.status === 'running') poll.schedule();
  };

  return {
    calibrationRuns: {
      form: DEFAULT_CALIBRATE_FORM,
      list: [],
      current: null,
      progress: null,
      starting: false,
      error: null,
    },

    loadCalibrations: async () => {
      const { judge } = get().calibration;
      const { current } = get().calibrationRuns;
      if (judge === null) return;
      if (current !== null && current.judge !== judge) show(null);
      const result = await api['calibration.list']({ judge });
      if (get().calibration.judge !== judge) return;
      patch(result.ok ? { list: newestFirst(result.value), error: null } : { error: result.error });
    },

    editCalibrateForm: (changes) => {
      const form = { ...get().calibrationRuns.form, ...changes };
      // Kept within what `calibration.start` accepts, so the button never sends a refused request.
      patch({
        form: {
          ...form,
          maxExamples: clampExampleCount(form.maxExamples),
          holdout: Math.min(0.9, Math.max(0, form.holdout)),
        },
      });
    },

    startCalibration: async () => {
      const query = calibrationQuery(get().calibration);
      const { form } = get().calibrationRuns;
      if (query === null) return;
      patch({ starting: true, error: null });
      const result = await api['calibration.start']({
        ...query,
        holdout: form.holdout,
        maxExamples: form.maxExamples,
        ...(form.provider.trim() ? { provider: form.provider.trim() } : {}),
        ...(form.model.trim() ? { model: form.model.trim() } : {}),
      });
      patch({ starting: false });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      patch({
        list: newestFirst([result.value, ...get().calibrationRuns.list.filter((c) => c.id !== result.value.id)]),
      });
      show(result.value);
    },

    showCalibration: async (id) => {
      const listed = get().calibrationRuns.list.find((calibration) => calibration.id === id) ?? null;
      show(listed);
      await follow();
    },

    calibrationRunProgressed: (progress) => {
      if (get().calibrationRuns.current?.runIds.includes(progress.runId)) patch({ progress });
    },
  };
};
