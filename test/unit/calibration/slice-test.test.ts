// Slices worse than the rest: Fisher's exact one-sided p-values equal SciPy 1.17's
// fisher_exact(..., alternative='less') to 1e-12 on the tables below; Holm's adjustment equals the
// step-down definition (sorted p × (m − rank), running maximum, capped at 1) that statsmodels'
// multipletests(method='holm') implements.
import { describe, expect, it } from 'vitest';
import { flagWorseSlices, holmAdjusted, worseThanRestP } from '../../../electron/calibration/slice-test';

describe('slice test', () => {
  it.each([
    // [agree in slice, slice size, agree elsewhere, size elsewhere, SciPy p-value]
    [3, 10, 40, 50, 0.0034886646129860628],
    [8, 10, 30, 50, 0.9461629791239531],
    [0, 5, 45, 55, 0.0005498477344735304],
    [12, 20, 70, 80, 0.008227346248375763],
    [5, 5, 10, 20, 1.0],
  ])('Fisher one-sided p for %i/%i vs %i/%i equals SciPy', (agree, n, restAgree, restN, expected) => {
    expect(Math.abs(worseThanRestP({ agree, n }, { agree: restAgree, n: restN }) - expected)).toBeLessThan(1e-12);
  });

  it('adjusts with Holm step-down', () => {
    expect(holmAdjusted([0.01, 0.04, 0.03, 0.2]).map((p) => Number(p.toFixed(12)))).toEqual([0.04, 0.09, 0.09, 0.2]);
  });

  it('flags only the slice the judge really fails on', () => {
    const flags = flagWorseSlices([
      { agree: 45, n: 50 },
      { agree: 46, n: 50 },
      { agree: 4, n: 20 },
    ]);
    expect(flags.map((f) => f.flagged)).toEqual([false, false, true]);
  });
});
