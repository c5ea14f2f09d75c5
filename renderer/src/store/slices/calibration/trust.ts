// The Trust section of Calibration: the judge's true rate over a dataset (PPI++) beside its raw rate
// and the labels' own rate, the labels needed for a chosen interval width, and one click to create a
// session that samples that many more unlabelled items at random.
import type { StoredAudit } from '../../../../../shared/audit';
import type { SessionView } from '../../../../../shared/review';
import type { ApiError } from '../../../../../shared/result';
import { DEFAULT_HALF_WIDTH, type PlanPoint, type TrustEstimate, type TrustPlan } from '../../../../../shared/trust';
import type { SliceCreator } from '../../types';
import { calibrationQuery } from './calibration';

export interface TrustState {
  datasetId: number | null;
  halfWidth: number;
  estimate: TrustEstimate | null;
  plan: TrustPlan | null;
  /** The planner's curve: half-width against random labels in all. */
  curve: PlanPoint[];
  /** Why there is no estimate yet (too few random labels…), in plain words. */
  notEnough: string | null;
  /** Without an estimate for want of random labels: the size of a first random session. */
  firstSample: number | null;
  loading: boolean;
  error: ApiError | null;
  /** The session the last click created. */
  created: SessionView | null;
  creating: boolean;
  /** The newest audit of the judge on this dataset (`gavel audit`); null when none was run. */
  audit: StoredAudit | null;
}

export interface TrustSlice {
  trust: TrustState;
  /** Estimate and plan for the calibration's judge on this dataset (else the one shown, else the first it judged). */
  loadTrust(datasetId?: number | null): Promise<void>;
  setTrustHalfWidth(halfWidth: number): Promise<void>;
  /**
   * Creates a session with a seeded random sample of as many unlabelled items as the plan asks for,
   * or, before there is an estimate, of a first batch.
   */
  sampleMoreLabels(): Promise<void>;
  /** The newest stored audit of the calibration's judge on the Trust dataset. */
  loadLatestAudit(): Promise<void>;
}

const initial: TrustState = {
  datasetId: null,
  halfWidth: DEFAULT_HALF_WIDTH,
  estimate: null,
  plan: null,
  curve: [],
  notEnough: null,
  firstSample: null,
  loading: false,
  error: null,
  created: null,
  creating: false,
  audit: null,
};

export const createTrustSlice: SliceCreator<TrustSlice> = (api) => (set, get) => {
  let asked = 0;
  const patch = (changes: Partial<TrustState>) => set((s) => ({ trust: { ...s.trust, ...changes } }));

  return {
    trust: initial,

    loadTrust: async (datasetId = get().trust.datasetId) => {
      const query = calibrationQuery(get().calibration);
      if (query === null) return;
      // The dataset asked for while it has the judge's verdicts, else the first one that has.
      const judged = get().workspace.datasets.filter((d) => d.judges.includes(query.judge));
      const chosen = (judged.find((d) => d.id === datasetId) ?? judged[0])?.id ?? null;
      const ask = ++asked;
      patch({
        datasetId: chosen,
        estimate: null,
        plan: null,
        curve: [],
        notEnough: null,
        firstSample: null,
        error: null,
        created: null,
      });
      if (chosen === null) return;
      patch({ loading: true });
      const result = await api['calibration.trust']({ ...query, datasetId: chosen, halfWidth: get().trust.halfWidth });
      if (ask !== asked) return;
      patch(result.ok ? { loading: false, ...result.value } : { loading: false, error: result.error });
    },

    setTrustHalfWidth: async (halfWidth) => {
      patch({ halfWidth });
      await get().loadTrust();
    },

    sampleMoreLabels: async () => {
      const { plan, firstSample, datasetId } = get().trust;
      const judge = get().calibration.judge;
      const size = plan ? plan.more_labels : firstSample;
      if (!size || datasetId === null || judge === null) return;
      patch({ creating: true, error: null });
      const created = await api['sessions.create']({
        name: plan ? `${size} more random labels for ${judge}` : `${size} random labels for ${judge}`,
        datasetId,
        judges: [judge],
        // A new seed per round of labels: the labels so far plus one.
        selection: { kind: 'sample', size, seed: (plan?.labels_used ?? 0) + 1, unlabelledFor: judge },
      });
      patch(created.ok ? { creating: false, created: created.value } : { creating: false, error: created.error });
    },

    loadLatestAudit: async () => {
      const query = calibrationQuery(get().calibration);
      const { datasetId } = get().trust;
      patch({ audit: null });
      if (query === null || datasetId === null) return;
      const found = await api['trust.latestAudit']({ judge: query.judge, version: query.version, datasetId });
      // Only while the panel still shows that judge and dataset.
      const now = calibrationQuery(get().calibration);
      if (now?.judge !== query.judge || now.version !== query.version || get().trust.datasetId !== datasetId) return;
      patch(found.ok ? { audit: found.value } : { error: found.error });
    },
  };
};
