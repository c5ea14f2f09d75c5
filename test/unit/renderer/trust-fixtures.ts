// The Trust section's stage for store tests: two datasets (the judge judged the second), an
// estimate, a plan and its curve, and a store that has loaded them for the correctness judge.
import { vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { DatasetSummary } from '../../../shared/domain';
import type { SessionView } from '../../../shared/review';
import { ok } from '../../../shared/result';
import type { PlanPoint, TrustEstimate, TrustPlan, TrustView } from '../../../shared/trust';
import { overview } from './calibration-fixtures';
import { createFakeApi } from './fake-api';

export const dataset = (id: number, judges: string[]): DatasetSummary => ({
  id,
  name: `set ${id}`,
  items: 300,
  createdAt: '2026-01-01T00:00:00Z',
  sourceFormat: null,
  judges,
  reviewed: Object.fromEntries(judges.map((judge) => [judge, 60])),
});

export const estimate: TrustEstimate = {
  judge: 'correctness',
  version: 1,
  dataset: 'set 2',
  items: 300,
  labelled: 70,
  judge_rate: { value: 0.7, ci: [0.65, 0.75] },
  labelled_rate: { value: 0.66, ci: [0.54, 0.78] },
  estimate: { value: 0.67, ci: [0.6, 0.74], method: 'ppi++', lambda: 0.6 },
  labels_used: 60,
  labels_excluded: [{ reason: 'not randomly sampled', count: 10 }],
};

export const plan: TrustPlan = {
  judge: 'correctness',
  version: 1,
  dataset: 'set 2',
  half_width: 0.03,
  labels_used: 60,
  labels_needed: 200,
  more_labels: 140,
  labels_alone_needed: 900,
  current_half_width: 0.07,
};

export const curve: PlanPoint[] = [
  { labels: 2, with_judge: 0.4, labels_alone: 0.6 },
  { labels: 60, with_judge: 0.07, labels_alone: 0.12 },
  { labels: 200, with_judge: 0.03, labels_alone: 0.066 },
];

export async function trusting(planned: TrustPlan = plan) {
  const { api, emit } = createFakeApi({
    'datasets.list': vi.fn(async () => ok([dataset(1, ['other']), dataset(2, ['correctness'])])),
    'reviewers.list': vi.fn(async () => ok([])),
    'calibration.overview': vi.fn(async () => ok(overview())),
    'fewshot.get': vi.fn(async () => ok({ judge: 'correctness', suggested: true, savedAt: null, examples: [] })),
    'fewshot.suggest': vi.fn(async () => ok([])),
    'calibration.list': vi.fn(async () => ok([])),
    'calibration.trust': vi.fn(async () =>
      ok<TrustView>({ estimate, plan: planned, curve, notEnough: null, firstSample: null }),
    ),
    'sessions.create': vi.fn(async () => ok({ id: 9, name: 'more', items: 140 } as SessionView)),
  });
  const store = createGavelStore(api);
  await store.getState().loadCalibrationPage();
  await store.getState().chooseCalibrationJudge('correctness');
  await store.getState().loadTrust();
  return { api, store, emit };
}
