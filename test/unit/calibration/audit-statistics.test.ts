// The judge audit's statistics against the reference implementations on fixed data: the numbers
// below were printed by test/reference/audit_reference.py with Debian's statsmodels 0.13.5
// (fleiss_kappa on aggregate_raters tables, proportion_confint(method='wilson')) and SciPy
// (spearmanr.statistic; SciPy 1.17 gives the same), from the same data written here.
import { describe, expect, it } from 'vitest';
import { fleissKappa } from '../../../electron/calibration/fleiss-kappa';
import { spearmanRho } from '../../../electron/calibration/ordinal-agreement';
import { wilsonInterval } from '../../../electron/calibration/wilson';

const close = (actual: number | null, expected: number) => expect(Math.abs(actual! - expected)).toBeLessThan(1e-12);

describe("Fleiss' kappa", () => {
  it.each([
    [
      'pass/fail, 3 repeats',
      [
        [1, 1, 1],
        [1, 1, 0],
        [0, 0, 0],
        [1, 0, 0],
        [1, 1, 1],
        [0, 0, 0],
        [1, 1, 1],
        [0, 1, 0],
      ],
      0.4965034965034966,
    ],
    [
      'scores, 4 repeats',
      [
        [5, 5, 4, 5],
        [1, 1, 1, 1],
        [3, 2, 3, 3],
        [4, 4, 4, 4],
        [2, 3, 2, 1],
        [5, 4, 5, 5],
      ],
      0.5066079295154184,
    ],
    [
      'labels, 2 repeats',
      [
        ['A', 'A'],
        ['B', 'tie'],
        ['B', 'B'],
        ['tie', 'tie'],
        ['A', 'B'],
      ],
      0.3939393939393939,
    ],
  ])('equals statsmodels on %s', (_name, ratings, expected) => {
    close(fleissKappa(ratings), expected);
  });

  it('is undefined (statsmodels: NaN) when every verdict is the same', () => {
    expect(
      fleissKappa([
        [true, true],
        [true, true],
      ]),
    ).toBeNull();
  });

  it('refuses items rated a different number of times', () => {
    expect(() =>
      fleissKappa([
        [1, 1],
        [1, 0, 1],
      ]),
    ).toThrow(/same number of times/);
  });
});

describe('Wilson interval', () => {
  it.each([
    [9, 10, 0.5958499732047614, 0.982123786904927],
    [0, 12, 0.0, 0.24249400665524096],
    [12, 12, 0.7575059933447589, 0.9999999999999999],
    [3, 7, 0.15821985525146964, 0.7495416354723428],
    [50, 200, 0.19508168006817495, 0.31434098312045833],
  ])('of %i in %i equals statsmodels', (count, n, low, high) => {
    const ci = wilsonInterval(count, n)!;
    close(ci[0], low);
    close(ci[1], high);
  });

  it('has no interval without trials', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('Spearman rank correlation of length and verdict', () => {
  const rho = (lengths: number[], values: number[]) =>
    spearmanRho(lengths.map((length, i) => ({ judgeScore: values[i]!, humanScore: length })));

  it('equals SciPy with ties on both sides (scores)', () => {
    close(rho([120, 340, 90, 340, 500, 75, 210, 210], [3, 4, 2, 5, 5, 1, 3, 4]), 0.9448030564181317);
  });

  it('equals SciPy with ties on both sides (pass as 0/1)', () => {
    close(rho([10, 40, 40, 25, 70, 15, 60], [0, 1, 0, 0, 1, 0, 1]), 0.801040989379861);
  });
});
