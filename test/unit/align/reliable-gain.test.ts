// When a sealed test shows a real gain: the improvement's bootstrap interval above zero, and the
// paired test (McNemar or sign-flip) below 0.05. Three items all improved give an interval above
// zero (every resample improves) but p = 2 · 0.5³ = 0.25: not enough to promote.
import { describe, expect, it } from 'vitest';
import { mcnemarExact, pairedDifference } from '../../../electron/calibration/paired-tests';
import { reliableGain } from '../../../electron/align/sealed-test';

const gainOn = (before: number[], after: number[]) => {
  const difference = pairedDifference(before, after, { seed: 1 });
  const [b, c] = [
    before.filter((x, i) => x === 1 && after[i] === 0).length,
    before.filter((x, i) => x === 0 && after[i] === 1).length,
  ];
  return { difference, p_value: mcnemarExact(b, c) };
};

describe('reliableGain', () => {
  it('refuses three improved items: the interval is above zero but the paired test is not convinced', () => {
    const result = gainOn([0, 0, 0], [1, 1, 1]);
    expect(result.difference.ci[0]).toBeGreaterThan(0);
    expect(result.p_value).toBeCloseTo(0.25, 12);
    expect(reliableGain(result)).toBe(false);
  });

  it('promotes six improved items of ten, the others unchanged', () => {
    const result = gainOn([0, 0, 0, 0, 0, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(result.p_value).toBeCloseTo(2 * 0.5 ** 6, 12);
    expect(reliableGain(result)).toBe(true);
  });

  it('refuses when nothing could be measured', () => {
    expect(reliableGain({ difference: { value: null, ci: [null, null] }, p_value: null })).toBe(false);
  });
});
