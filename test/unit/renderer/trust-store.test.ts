// The Trust section's store: it asks for the estimate and the plan of the calibration's judge on the
// first dataset that judge judged, and one click creates a session sampling as many unlabelled items
// as the plan asks for; the planner's sentence says it in words.
import { describe, expect, it, vi } from 'vitest';
import { ratePoints } from '../../../renderer/src/views/calibration/trust-charts';
import { halfWidthText, plannerSentence, rateText } from '../../../renderer/src/views/calibration/trust-wording';
import { fail, ok } from '../../../shared/result';
import { curve, estimate, plan, trusting } from './trust-fixtures';

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
