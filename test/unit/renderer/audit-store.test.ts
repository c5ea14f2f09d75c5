// The judge audit in the Trust section: the latest audit read and worded, the owner's audit run from
// the panel (priced first, then run, with progress), and the audit chart's text twin.
import { describe, expect, it, vi } from 'vitest';
import type { AuditEstimate, AuditOutcome, StoredAudit } from '../../../shared/audit';
import { auditRhos, auditShares } from '../../../shared/audit-figures';
import { auditFindings } from '../../../shared/audit-wording';
import { auditChartText } from '../../../renderer/src/views/calibration/audit-chart-text';
import { fail, ok } from '../../../shared/result';
import { trusting } from './trust-fixtures';

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
