import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mcnemarExact, pairedDifference, pairedPermutation } from '../../../electron/calibration/paired-tests';

// p-values printed by test/reference/paired_reference.py: statsmodels 0.13.5
// `mcnemar([[7, b], [c, 7]], exact=True).pvalue`, and SciPy 1.10.1 (same values with SciPy 1.17.1)
// `permutation_test((after, before), mean(after - before), permutation_type='samples',
// alternative='two-sided', n_resamples=2**n)` with before all zero, i.e. an exact enumeration.
const MCNEMAR_REFERENCE = [
  { b: 0, c: 0, p: 1.0 },
  { b: 3, c: 0, p: 0.25 },
  { b: 0, c: 12, p: 0.00048828125 },
  { b: 5, c: 5, p: 1.0 },
  { b: 2, c: 9, p: 0.0654296875 },
  { b: 10, c: 25, p: 0.016673847800120715 },
  { b: 1500, c: 1580, p: 0.1545852620841679 },
];

const PERMUTATION_REFERENCE = [
  { name: 'yes/no, mostly better', differences: [1, 1, 1, 0, 1, 0, 1, 1, -1, 1], p: 0.0703125 },
  { name: 'scale, mixed', differences: [0.25, -0.25, 0.5, 0, 0.75, 0.25, -0.5, 0.25, 0.5, 0.25], p: 0.17578125 },
  { name: 'five items all better', differences: [0.5, 0.25, 1, 0.75, 0.5], p: 0.0625 },
  {
    name: 'thirteen items (8192 patterns, under the default 10000 resamples)',
    differences: [0.2, -0.4, 0.6, 0.2, 0, -0.2, 0.4, 0.8, 0.2, -0.6, 0.4, 0.2, 0.2],
    p: 0.2216796875,
  },
];
const TWENTY_ITEMS = [
  0.25, -0.5, 0.75, 0, 0.25, 0.5, -0.25, 0.25, 1, 0, -0.25, 0.5, 0.25, 0.75, -0.5, 0.25, 0, 0.5, 0.25, -0.25,
];
const TWENTY_ITEMS_EXACT_P = 0.07623291015625;

describe('mcnemarExact', () => {
  it.each(MCNEMAR_REFERENCE)('matches statsmodels for b=$b, c=$c', ({ b, c, p }) => {
    expect(mcnemarExact(b, c)).toBeCloseTo(p, 12);
  });

  it('is symmetric in the two discordant counts', () => {
    expect(mcnemarExact(4, 17)).toBe(mcnemarExact(17, 4));
  });

  it('refuses counts that are not whole numbers of items', () => {
    expect(() => mcnemarExact(-1, 3)).toThrow("McNemar's test: b must be a whole number of items, not -1.");
    expect(() => mcnemarExact(2, 1.5)).toThrow("McNemar's test: c must be a whole number of items, not 1.5.");
  });
});

describe('pairedPermutation', () => {
  it.each(PERMUTATION_REFERENCE)('matches SciPy exactly on $name', ({ differences, p }) => {
    expect(pairedPermutation(differences, { seed: 1 })).toBeCloseTo(p, 12);
  });

  it('enumerates every sign pattern when there are no more of them than resamples', () => {
    expect(pairedPermutation(TWENTY_ITEMS, { seed: 1, resamples: 2 ** 20 })).toBeCloseTo(TWENTY_ITEMS_EXACT_P, 12);
  });

  it('draws seeded sign patterns when there are more of them than resamples', () => {
    const sampled = pairedPermutation(TWENTY_ITEMS, { seed: 5 });
    expect(sampled).toBe(pairedPermutation(TWENTY_ITEMS, { seed: 5 }));
    expect(sampled).not.toBe(pairedPermutation(TWENTY_ITEMS, { seed: 6 }));
    // 10000 draws put the estimate within about three standard errors (0.008) of the exact value.
    expect(Math.abs(sampled - TWENTY_ITEMS_EXACT_P)).toBeLessThan(0.01);
  });

  it('refuses an empty list of differences', () => {
    expect(() => pairedPermutation([], { seed: 1 })).toThrow('Paired permutation test: there are no items to compare.');
  });
});

describe('pairedDifference', () => {
  it('gives the mean of after − before and the same interval for the same seed', () => {
    const before = [1, 0, 0, 1, 0, 1, 0, 0];
    const after = [1, 1, 0, 1, 1, 1, 1, 0];
    const result = pairedDifference(before, after, { seed: 9 });
    expect(result.value).toBeCloseTo(3 / 8, 12);
    expect(result).toEqual(pairedDifference(before, after, { seed: 9 }));
    expect(result.ci[0]).toBeLessThan(result.value);
    expect(result.ci[1]).toBeGreaterThan(result.value);
  });

  it('resamples items, keeping each item’s before and after together', () => {
    // Every item improves by exactly 0.5, so every resample does too, however the items are drawn.
    const result = pairedDifference([0, 0.5, 0.25, 0], [0.5, 1, 0.75, 0.5], { seed: 2 });
    expect(result).toEqual({ value: 0.5, ci: [0.5, 0.5] });
  });

  it('gives a one-item comparison an interval of its own difference', () => {
    expect(pairedDifference([0], [1], { seed: 1 })).toEqual({ value: 1, ci: [1, 1] });
  });

  it('refuses lists of different lengths, and no items', () => {
    expect(() => pairedDifference([1, 0], [1], { seed: 1 })).toThrow(
      'Paired difference: 2 "before" values but 1 "after" values; each item needs both.',
    );
    expect(() => pairedDifference([], [], { seed: 1 })).toThrow('Paired difference: there are no items to compare.');
  });
});

const agreements = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 });

describe('paired statistics (properties)', () => {
  it('puts the mean difference inside its bootstrap interval', () => {
    const pairs = agreements.chain((before) =>
      fc.tuple(
        fc.constant(before),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: before.length,
          maxLength: before.length,
        }),
      ),
    );
    fc.assert(
      fc.property(pairs, fc.integer({ min: 0, max: 1_000_000 }), ([before, after], seed) => {
        const { value, ci } = pairedDifference(before, after, { seed, resamples: 400 });
        expect(ci[0]).toBeLessThanOrEqual(value);
        expect(ci[1]).toBeGreaterThanOrEqual(value);
      }),
      { numRuns: 60 },
    );
  });

  it('finds no difference and p = 1 when before and after are identical', () => {
    fc.assert(
      fc.property(agreements, fc.integer({ min: 0, max: 1_000_000 }), (values, seed) => {
        expect(pairedDifference(values, values, { seed, resamples: 400 })).toEqual({ value: 0, ci: [0, 0] });
        const differences = values.map((value, index) => (values[index] as number) - value);
        expect(pairedPermutation(differences, { seed, resamples: 400 })).toBe(1);
      }),
      { numRuns: 60 },
    );
  });

  it('gives McNemar p = 1 when as many items got better as got worse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (changed) => {
        expect(mcnemarExact(changed, changed)).toBe(1);
      }),
    );
  });
});
