// The Trust section's store: it asks for the estimate and the plan of the calibration's judge on the
// first dataset that judge judged, and one click creates a session sampling as many unlabelled items
// as the plan asks for; the planner's sentence says it in words.
import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { AuditEstimate, AuditOutcome, StoredAudit } from '../../../shared/audit';
import { auditRhos, auditShares } from '../../../shared/audit-figures';
import { auditFindings } from '../../../shared/audit-wording';
import { auditChartText } from '../../../renderer/src/views/calibration/audit-chart-text';
import { ratePoints } from '../../../renderer/src/views/calibration/trust-charts';
import { halfWidthText, plannerSentence, rateText } from '../../../renderer/src/views/calibration/trust-wording';
import type { DatasetSummary } from '../../../shared/domain';
import type { SessionView } from '../../../shared/review';
import { fail, ok } from '../../../shared/result';
import type { PlanPoint, TrustEstimate, TrustPlan, TrustView } from '../../../shared/trust';
import { overview } from './calibration-fixtures';
import { createFakeApi } from './fake-api';

const dataset = (id: number, judges: string[]): DatasetSummary => ({
  id,
  name: `set ${id}`,
  items: 300,
  createdAt: '2026-01-01T00:00:00Z',
  sourceFormat: null,
  judges,
  reviewed: Object.fromEntries(judges.map((judge) => [judge, 60])),
});

const estimate: TrustEstimate = {
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

const plan: TrustPlan = {
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

const curve: PlanPoint[] = [
  { labels: 2, with_judge: 0.4, labels_alone: 0.6 },
  { labels: 60, with_judge: 0.07, labels_alone: 0.12 },
  { labels: 200, with_judge: 0.03, labels_alone: 0.066 },
];

async function trusting(planned: TrustPlan = plan) {
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

describe('trust store', () => {
  it('asks for the estimate and the ±3-point plan on the first dataset the judge judged', async () => {
    const { api, store } = await trusting();
    expect(api['calibration.trust']).toHaveBeenLastCalledWith({ judge: 'correctness', datasetId: 2, halfWidth: 0.03 });
    expect(store.getState().trust).toMatchObject({ datasetId: 2, estimate, plan, curve, loading: false, error: null });
  });

  it('creates a session of a seeded random sample of as many unlabelled items as the plan asks', async () => {
    const { api, store } = await trusting();
    await store.getState().sampleMoreLabels();
    expect(api['sessions.create']).toHaveBeenCalledWith({
      name: '140 more random labels for correctness',
      datasetId: 2,
      judges: ['correctness'],
      selection: { kind: 'sample', size: 140, seed: 61, unlabelledFor: 'correctness' },
    });
    expect(store.getState().trust.created?.items).toBe(140);
  });

  it('shows why there is no estimate yet, and offers no session when sampling cannot help', async () => {
    const { api, store } = await trusting();
    const notEnough = 'safe v1 on dataset "set 2" has 0 usable expert labels; an estimate needs at least 2';
    vi.mocked(api['calibration.trust']).mockResolvedValueOnce(
      ok({ estimate: null, plan: null, curve: [], notEnough, firstSample: null }),
    );
    await store.getState().setTrustHalfWidth(0.01);
    expect(api['calibration.trust']).toHaveBeenLastCalledWith({ judge: 'correctness', datasetId: 2, halfWidth: 0.01 });
    expect(store.getState().trust).toMatchObject({
      halfWidth: 0.01,
      estimate: null,
      plan: null,
      curve: [],
      notEnough,
      error: null,
    });
    await store.getState().sampleMoreLabels();
    expect(api['sessions.create']).not.toHaveBeenCalled();
  });

  it('offers a first random session when the estimate lacks random labels', async () => {
    const { api, store } = await trusting();
    const notEnough = 'safe v1 on dataset "set 2" has 0 usable expert labels; an estimate needs at least 2';
    vi.mocked(api['calibration.trust']).mockResolvedValueOnce(
      ok({ estimate: null, plan: null, curve: [], notEnough, firstSample: 20 }),
    );
    await store.getState().loadTrust();
    expect(store.getState().trust).toMatchObject({ notEnough, firstSample: 20 });
    await store.getState().sampleMoreLabels();
    expect(api['sessions.create']).toHaveBeenCalledWith({
      name: '20 random labels for correctness',
      datasetId: 2,
      judges: ['correctness'],
      selection: { kind: 'sample', size: 20, seed: 1, unlabelledFor: 'correctness' },
    });
    expect(store.getState().trust.creating).toBe(false);
  });

  it('shows an error the core gives', async () => {
    const { api, store } = await trusting();
    vi.mocked(api['calibration.trust']).mockResolvedValueOnce(fail('NOT_FOUND', 'No verdicts of judge "correctness".'));
    await store.getState().loadTrust();
    expect(store.getState().trust).toMatchObject({ estimate: null, loading: false });
    expect(store.getState().trust.error?.message).toBe('No verdicts of judge "correctness".');
  });
});

const audit: StoredAudit = {
  id: 4,
  createdAt: '2026-12-04T10:00:00Z',
  judge: 'correctness',
  version: 1,
  dataset: 'set 2',
  sample: 10,
  repeats: 3,
  seed: 1,
  consistency: { unanimous: { value: 0.8, ci: [0.49, 0.94] }, fleiss_kappa: 0.73, items: 10 },
  position: { flipped: { value: 0.25, ci: [0.1, 0.5] }, pairs: 20 },
  length: { judge: { rho: 0.41, n: 300 }, experts: { rho: 0.05, n: 60 } },
  failed: 0,
  cost: 0.012,
};

describe('latest audit', () => {
  it('reads the newest audit of the judge on the Trust dataset and says what it found in words', async () => {
    const { api, store } = await trusting();
    vi.mocked(api['trust.latestAudit']).mockResolvedValueOnce(ok(audit));
    await store.getState().loadLatestAudit();
    expect(api['trust.latestAudit']).toHaveBeenCalledWith({ judge: 'correctness', datasetId: 2 });
    expect(store.getState().trust.audit).toEqual(audit);
    expect(auditFindings(audit)).toEqual([
      "8 of 10 items got the same verdict all 3 times (95% interval 49%–94%); Fleiss' κ 0.73.",
      '5 of 20 pairwise verdicts changed when A and B swapped places (95% interval 10%–50%).',
      "Length against the judge's verdicts: Spearman ρ 0.41 over 300 items; against the experts' labels: ρ 0.05 over 60 items.",
    ]);
  });

  it('has none when the judge was never audited there', async () => {
    const { api, store } = await trusting();
    vi.mocked(api['trust.latestAudit']).mockResolvedValueOnce(ok(null));
    await store.getState().loadLatestAudit();
    expect(store.getState().trust.audit).toBeNull();
  });
});

describe('auditing from the panel', () => {
  const priced: AuditEstimate = {
    judge: 'correctness',
    version: 1,
    dataset: 'set 2',
    model: 'gpt-4o-mini',
    sample: 5,
    repeats: 2,
    requests: 10,
    inputTokens: 4000,
    outputTokens: 500,
    cost: 0.0009,
    unpricedModels: [],
  };
  const params = { repeats: 2, sample: 5, seed: 7 };

  it('prices the audit first, sending nothing, and runs it only when asked, then shows the new audit', async () => {
    const { api, store, emit } = await trusting();
    store.getState().start();
    vi.mocked(api['trust.audit']).mockResolvedValueOnce(ok<AuditOutcome>({ estimate: priced, audit: null }));
    await store.getState().estimateAudit(params);
    expect(api['trust.audit']).toHaveBeenCalledTimes(1);
    expect(api['trust.audit']).toHaveBeenLastCalledWith({
      judge: 'correctness',
      datasetId: 2,
      ...params,
      estimateOnly: true,
    });
    expect(store.getState().auditRun).toMatchObject({
      estimate: priced,
      asked: { judge: 'correctness', datasetId: 2, ...params },
      running: false,
      error: null,
    });

    let finish: (outcome: AuditOutcome) => void = () => {};
    vi.mocked(api['trust.audit']).mockImplementationOnce(
      () => new Promise((resolve) => (finish = (outcome) => resolve(ok(outcome)))),
    );
    vi.mocked(api['trust.latestAudit']).mockResolvedValue(ok(audit));
    const running = store.getState().runAudit();
    expect(api['trust.audit']).toHaveBeenLastCalledWith({
      judge: 'correctness',
      datasetId: 2,
      ...params,
      estimateOnly: false,
    });
    expect(store.getState().auditRun).toMatchObject({ running: true, progress: { done: 0, total: 10, cost: 0 } });

    // Progress of this judge's audit shows; another judge's is not this one's.
    emit({ type: 'audit.progress', judge: 'correctness', done: 4, total: 10, cost: 0.0003 });
    emit({ type: 'audit.progress', judge: 'other', done: 9, total: 10, cost: 1 });
    expect(store.getState().auditRun.progress).toEqual({ done: 4, total: 10, cost: 0.0003 });

    finish({ estimate: priced, audit });
    await running;
    expect(store.getState().auditRun).toMatchObject({ estimate: null, running: false, progress: null, error: null });
    expect(store.getState().trust.audit).toEqual(audit);
  });

  it('shows an error plainly and keeps the estimate, so the owner can try again', async () => {
    const { api, store } = await trusting();
    vi.mocked(api['trust.audit']).mockResolvedValueOnce(ok<AuditOutcome>({ estimate: priced, audit: null }));
    await store.getState().estimateAudit(params);
    const message = "Every one of the audit's 10 judgments failed, so it found nothing; the first: 401 Unauthorized";
    vi.mocked(api['trust.audit']).mockResolvedValueOnce(fail('INTERNAL', message));
    await store.getState().runAudit();
    expect(store.getState().auditRun).toMatchObject({ estimate: priced, running: false, progress: null });
    expect(store.getState().auditRun.error?.message).toBe(message);
    expect(api['trust.latestAudit']).not.toHaveBeenCalled();
  });

  it('says why it cannot estimate, and runs nothing then', async () => {
    const { api, store } = await trusting();
    vi.mocked(api['trust.audit']).mockResolvedValueOnce(
      fail('INVALID_INPUT', 'correctness is an LLM judge: audit it with a model provider, not "rules" (heuristic).'),
    );
    await store.getState().estimateAudit(params);
    expect(store.getState().auditRun).toMatchObject({ estimate: null, estimating: false });
    expect(store.getState().auditRun.error?.message).toContain('audit it with a model provider');
    await store.getState().runAudit();
    expect(api['trust.audit']).toHaveBeenCalledTimes(1);
  });
});

describe('audit chart', () => {
  it('reads the shares with their intervals and both rank correlations as text', () => {
    expect(auditChartText(audit)).toBe(
      'Audit: Unanimous 80% (95%: 49% – 94%); Flipped when swapped 25% (95%: 10% – 50%); ' +
        'length against score: Judge ρ 0.41 over 300 items, Experts ρ 0.05 over 60 items.',
    );
  });

  it('leaves out what is undefined: no flips for a single-answer judge, no experts without labels', () => {
    const single = { ...audit, position: null, length: { judge: { rho: null, n: 3 }, experts: null } };
    expect(auditShares(single).map((share) => share.name)).toEqual(['Unanimous']);
    expect(auditRhos(single)).toEqual([]);
    expect(auditChartText(single)).toBe('Audit: Unanimous 80% (95%: 49% – 94%); no length correlation defined.');
  });
});

describe('trust wording', () => {
  it('says how many more labels give the pass rate within so many points', () => {
    expect(plannerSentence(plan, true)).toBe('Label 140 more to know the pass rate within ±3 points.');
    expect(plannerSentence({ ...plan, half_width: 0.2 }, false)).toBe(
      'Label 140 more to know the mean score within ±0.2.',
    );
    expect(plannerSentence({ ...plan, more_labels: null, labels_needed: null }, true)).toBe(
      'No number of labels on this dataset gets the pass rate within ±3 points.',
    );
    expect(rateText(estimate.estimate, true)).toBe('67% (95%: 60% – 74%)');
  });
});

describe('trust charts', () => {
  it('puts the judge alone, the labels alone and the estimate side by side, each with its interval as error bars', () => {
    const points = ratePoints(estimate);
    expect(points.map((point) => point.name)).toEqual(['Judge alone', 'Labels alone', 'Estimate (PPI++)']);
    expect(points.map((point) => [point.value, point.low, point.high])).toEqual([
      [0.7, 0.65, 0.75],
      [0.66, 0.54, 0.78],
      [0.67, 0.6, 0.74],
    ]);
    const [judge] = points;
    expect(judge!.error[0]).toBeCloseTo(0.05);
    expect(judge!.error[1]).toBeCloseTo(0.05);
  });

  it('reads a half-width in points of a pass rate, or on the score', () => {
    expect(halfWidthText(0.03, true)).toBe('±3 points');
    expect(halfWidthText(0.25, false)).toBe('±0.25');
  });
});
