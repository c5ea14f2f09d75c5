// Auditing the judge from the Trust panel: the owner picks repeats, sample and seed, sees what the
// audit would send and cost first, and only on confirmation runs it (the cache bypassed, so it is
// paid for), following its progress; the Trust panel's audit summary then shows the new findings.
import type { AuditEstimate } from '../../../../../shared/audit';
import type { Input } from '../../../../../shared/contract';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';
import { calibrationQuery } from './calibration';

export interface AuditParams {
  repeats: number;
  sample: number;
  seed: number;
}

export interface AuditRunState {
  /** What the estimate was asked for (judge, dataset and parameters): the run sends exactly this. */
  asked: Input<'trust.audit'> | null;
  estimate: AuditEstimate | null;
  estimating: boolean;
  running: boolean;
  /** Judgments answered so far of all the audit sends, and what they cost (USD). */
  progress: { done: number; total: number; cost: number } | null;
  error: ApiError | null;
}

export interface AuditRunSlice {
  auditRun: AuditRunState;
  /** Prices an audit of the calibration's judge on the Trust dataset; nothing is sent to the provider. */
  estimateAudit(params: AuditParams): Promise<void>;
  /** Runs the audit just estimated, then reloads the latest audit. */
  runAudit(): Promise<void>;
  /** Drops the estimate without running. */
  cancelAudit(): void;
  auditProgressed(progress: { judge: string; done: number; total: number; cost: number }): void;
}

const idle: AuditRunState = {
  asked: null,
  estimate: null,
  estimating: false,
  running: false,
  progress: null,
  error: null,
};

export const createAuditRunSlice: SliceCreator<AuditRunSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<AuditRunState>) => set((s) => ({ auditRun: { ...s.auditRun, ...changes } }));

  /** What `trust.audit` is asked, or null while no judge or dataset is chosen. */
  const auditQuery = (params: AuditParams) => {
    const query = calibrationQuery(get().calibration);
    const { datasetId } = get().trust;
    if (query === null || datasetId === null) return null;
    return { judge: query.judge, ...(query.version ? { version: query.version } : {}), datasetId, ...params };
  };

  return {
    auditRun: idle,

    estimateAudit: async (params) => {
      const query = auditQuery(params);
      if (query === null) return;
      patch({ ...idle, estimating: true });
      const result = await api['trust.audit']({ ...query, estimateOnly: true });
      patch(
        result.ok
          ? { estimating: false, asked: query, estimate: result.value.estimate }
          : { estimating: false, error: result.error },
      );
    },

    runAudit: async () => {
      const { asked, estimate } = get().auditRun;
      if (!asked || !estimate) return;
      patch({ running: true, error: null, progress: { done: 0, total: estimate.requests, cost: 0 } });
      const result = await api['trust.audit']({ ...asked, estimateOnly: false });
      if (!result.ok) {
        patch({ running: false, progress: null, error: result.error });
        return;
      }
      patch(idle);
      await get().loadLatestAudit();
    },

    cancelAudit: () => patch(idle),

    auditProgressed: ({ judge, done, total, cost }) => {
      if (!get().auditRun.running || get().auditRun.asked?.judge !== judge) return;
      patch({ progress: { done, total, cost } });
    },
  };
};
