import { describe, expect, it } from 'vitest';
import { accuracyOf, passFailKappa } from '../../../electron/calibration/binary-agreement';
import { bootstrapIntervals, type BootstrapOptions } from '../../../electron/calibration/bootstrap';
import { spearmanRho } from '../../../electron/calibration/ordinal-agreement';
import { pairsOf, reference } from './reference';

const setNamed = (name: string) => reference.pair_sets.find((set) => set.name === name)!;
const binaryWithTies = setNamed('binary_with_ties');
const pairs = pairsOf(binaryWithTies);

function intervalOf<T>(
  items: readonly T[],
  statistic: (sample: readonly T[]) => number | null,
  options: BootstrapOptions,
) {
  return bootstrapIntervals(items, { statistic }, options).statistic;
}

describe('bootstrapIntervals', () => {
  it('gives identical intervals for the same seed', () => {
    expect(intervalOf(pairs, accuracyOf, { seed: 7 })).toEqual(intervalOf(pairs, accuracyOf, { seed: 7 }));
  });

  it('gives different intervals for different seeds', () => {
    // Accuracy on 40 items moves in steps of 1/40, so two seeds may share an interval; rho does not.
    const scored = pairsOf(setNamed('ordinal_1to5_with_ties'));
    expect(intervalOf(scored, spearmanRho, { seed: 1 })).not.toEqual(intervalOf(scored, spearmanRho, { seed: 2 }));
  });

  it('gives a statistic the same interval whatever else is bootstrapped beside it', () => {
    const together = bootstrapIntervals(pairs, { accuracy: accuracyOf, kappa: passFailKappa }, { seed: 3 });
    expect(together.accuracy).toEqual(intervalOf(pairs, accuracyOf, { seed: 3 }));
    expect(together.kappa).toEqual(intervalOf(pairs, passFailKappa, { seed: 3 }));
  });

  it('contains the point estimate', () => {
    const { lower, upper } = intervalOf(pairs, accuracyOf, { seed: 11 });
    const estimate = binaryWithTies.expected.binary.accuracy!;
    expect(lower).toBeLessThan(estimate);
    expect(upper).toBeGreaterThan(estimate);
    expect(upper! - lower!).toBeLessThan(0.5);
  });

  it('has null bounds for fewer than two items', () => {
    expect(intervalOf(pairs.slice(0, 1), accuracyOf, { seed: 1 })).toEqual({ lower: null, upper: null });
  });

  it('leaves out resamples where the statistic is undefined, and has null bounds when all are', () => {
    expect(intervalOf(pairs, () => null, { seed: 1 })).toEqual({ lower: null, upper: null });
  });
});
