// planLabels on a fixed dataset: labelling an item takes it out of the unlabelled ones, and λ is
// tuned again for each count as PPI++ would, so the width with the judge never exceeds the labels'
// own; a width some count reaches gets that count.
import { describe, expect, it } from 'vitest';
import { planCurve, planLabels } from '../../../electron/calibration/label-plan';
import { ppiMean, type LabelledPoint } from '../../../electron/calibration/ppi';

// 300 items, a judge passing 70%, experts flipping one item in nine; the first 60 are labelled.
const judge = (i: number) => ((i * 7) % 10 < 7 ? 1 : 0);
const truth = (i: number) => (i % 9 === 0 ? 1 - judge(i) : judge(i));
const labelled: LabelledPoint[] = Array.from({ length: 60 }, (_, i) => ({ truth: truth(i), judge: judge(i) }));
const unlabelled = Array.from({ length: 240 }, (_, i) => judge(i + 60));

describe('planLabels', () => {
  it('finds the labels for a width the whole dataset could reach, more than now and fewer than all', () => {
    const now = ppiMean(labelled, unlabelled);
    const plan = planLabels(labelled, unlabelled, 0.07);
    expect((now.ci[1] - now.ci[0]) / 2).toBeGreaterThan(0.07);
    expect(plan.labelsNeeded).not.toBeNull();
    expect(plan.labelsNeeded!).toBeGreaterThan(60);
    expect(plan.labelsNeeded!).toBeLessThan(300);
    expect(plan.moreLabels).toBe(plan.labelsNeeded! - 60);
  });

  it('needs no more labels for a width already reached', () => {
    const plan = planLabels(labelled, unlabelled, 0.5);
    expect(plan.moreLabels).toBe(0);
  });

  it('says null when no number of labels reaches the width', () => {
    expect(planLabels(labelled, unlabelled, 0.001).labelsNeeded).toBeNull();
  });
});

describe('planCurve', () => {
  it('passes through the labels now and the labels needed, at the widths the plan gives', () => {
    const plan = planLabels(labelled, unlabelled, 0.07);
    const curve = planCurve(labelled, unlabelled, plan.labelsNeeded);
    const labels = curve.map((point) => point.labels);
    expect(labels).toEqual([...labels].sort((a, b) => a - b));
    expect(labels[0]).toBe(2);
    const now = curve.find((point) => point.labels === 60)!;
    expect(now.withJudge).toBeCloseTo(plan.currentHalfWidth, 2);
    const target = curve.find((point) => point.labels === plan.labelsNeeded)!;
    expect(target.withJudge).toBeLessThanOrEqual(0.07);
    expect(curve.find((point) => point.labels === plan.labelsNeeded! - 1)?.withJudge ?? 1).toBeGreaterThan(0.07);
    // Labels alone need more for the same width: their curve lies above the judge-helped one here.
    expect(target.labelsAlone).toBeGreaterThan(target.withJudge);
    expect(labels.at(-1)!).toBeLessThanOrEqual(299);
  });

  it('runs to every item but one when no number of labels reaches the width', () => {
    const curve = planCurve(labelled, unlabelled, null);
    expect(curve.at(-1)!.labels).toBe(299);
  });
});

describe('the width with the judge on a small dataset', () => {
  // 20 items, 10 labelled: as labels approach every item, the judge's part rests on few items.
  const small: LabelledPoint[] = Array.from({ length: 10 }, (_, i) => ({ truth: truth(i), judge: judge(i) }));
  const rest = Array.from({ length: 10 }, (_, i) => judge(i + 10));

  it('never rises above the labels alone and never widens as labels are added', () => {
    const curve = planCurve(small, rest, null);
    for (const point of curve) expect(point.withJudge).toBeLessThanOrEqual(point.labelsAlone + 1e-12);
    for (let i = 1; i < curve.length; i++)
      expect(curve[i]!.withJudge).toBeLessThanOrEqual(curve[i - 1]!.withJudge + 1e-12);
  });

  it('reaches any width the labels alone reach before every item is labelled', () => {
    const alone = planCurve(small, rest, null).at(-1)!.labelsAlone;
    expect(planLabels(small, rest, alone).labelsNeeded).not.toBeNull();
  });
});
