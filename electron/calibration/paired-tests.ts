// Paired comparisons of two judge versions on the same items: how much per-item agreement changed
// (with a seeded bootstrap interval) and whether the change could be chance (exact McNemar for
// yes/no judges, a sign-flip permutation test for scales). The p-values follow statsmodels'
// `mcnemar(table, exact=True)` and SciPy's `permutation_test(permutation_type='samples')` so
// results can be checked against them.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bootstrapIntervals } from './bootstrap';

export interface PairedDifference {
  /** mean(after − before) over the items. */
  value: number;
  /** Percentile bootstrap 95% interval of that mean, resampling items (pairs stay together). */
  ci: [number, number];
}

export interface SeededResampling {
  seed: number;
  resamples?: number;
}

const DEFAULT_BOOTSTRAP_RESAMPLES = 2000;
const DEFAULT_PERMUTATION_RESAMPLES = 10000;
/** SciPy's relative tolerance for null statistics that equal the observed one up to rounding. */
const TIE_TOLERANCE = Number.EPSILON * 100;

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

function differencesOf(before: readonly number[], after: readonly number[]): number[] {
  if (before.length !== after.length) {
    throw new Error(
      `Paired difference: ${before.length} "before" values but ${after.length} "after" values; each item needs both.`,
    );
  }
  return after.map((value, index) => value - (before[index] as number));
}

function requireItems(what: string, count: number): void {
  if (count === 0) throw new Error(`${what}: there are no items to compare.`);
}

/**
 * mean(after − before) with a seeded paired percentile bootstrap 95% interval: each resample draws
 * items with replacement, keeping an item's before and after together.
 */
export function pairedDifference(
  before: readonly number[],
  after: readonly number[],
  { seed, resamples = DEFAULT_BOOTSTRAP_RESAMPLES }: SeededResampling,
): PairedDifference {
  const differences = differencesOf(before, after);
  requireItems('Paired difference', differences.length);
  const value = mean(differences);
  // One item resamples only to itself, which the shared bootstrap reports as no interval.
  if (differences.length === 1) return { value, ci: [value, value] };
  const { difference } = bootstrapIntervals(differences, { difference: mean }, { seed, resamples });
  return { value, ci: [difference.lower as number, difference.upper as number] };
}

function requireCount(name: string, count: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new Error(`McNemar's test: ${name} must be a whole number of items, not ${count}.`);
  }
}

/** P(X ≤ k) for X ~ Binomial(n, ½), summed in log space so thousands of items do not underflow. */
function binomialHalfCdf(k: number, n: number): number {
  const logHalfPower = n * Math.log(0.5);
  let logChoose = 0;
  let total = 0;
  for (let successes = 0; successes <= k; successes++) {
    if (successes > 0) logChoose += Math.log(n - successes + 1) - Math.log(successes);
    total += Math.exp(logChoose + logHalfPower);
  }
  return total;
}

/**
 * Exact two-sided McNemar p-value from the discordant pairs: `b` items only the first version got
 * right and `c` only the second did (the binomial test of min(b, c) among b + c at ½, doubled).
 */
export function mcnemarExact(b: number, c: number): number {
  requireCount('b', b);
  requireCount('c', c);
  return Math.min(1, 2 * binomialHalfCdf(Math.min(b, c), b + c));
}

/** Sum of the differences, negating those `flipped` picks. */
function signedSum(differences: readonly number[], flipped: (index: number) => boolean): number {
  let sum = 0;
  for (let index = 0; index < differences.length; index++) {
    const difference = differences[index] as number;
    sum += flipped(index) ? -difference : difference;
  }
  return sum;
}

/** Patterns are enumerated as bits of a 32-bit integer. */
const MAX_ENUMERATED_ITEMS = 30;

/** The mean under every sign pattern (bit i of the pattern flips item i), or null when too many. */
function enumeratedNullMeans(differences: readonly number[], resamples: number): number[] | null {
  const count = differences.length;
  if (count > MAX_ENUMERATED_ITEMS || 2 ** count > resamples) return null;
  return Array.from(
    { length: 2 ** count },
    (_, pattern) => signedSum(differences, (index) => ((pattern >> index) & 1) === 1) / count,
  );
}

function sampledNullMeans(differences: readonly number[], seed: number, resamples: number): number[] {
  const generator = xoroshiro128plus(seed);
  return Array.from(
    { length: resamples },
    () => signedSum(differences, () => uniformInt(generator, 0, 1) === 1) / differences.length,
  );
}

/**
 * Two-sided p-value of a paired sign-flip permutation test of the mean difference: under "no
 * change" each item's difference is as likely negative as positive. Every sign pattern is
 * enumerated when there are at most `resamples` of them; otherwise `resamples` seeded random
 * patterns are drawn and the observed one counted in (as SciPy does).
 */
export function pairedPermutation(
  differences: readonly number[],
  { seed, resamples = DEFAULT_PERMUTATION_RESAMPLES }: SeededResampling,
): number {
  requireItems('Paired permutation test', differences.length);
  const observed = mean(differences);
  const enumerated = enumeratedNullMeans(differences, resamples);
  const means = enumerated ?? sampledNullMeans(differences, seed, resamples);
  const adjustment = enumerated ? 0 : 1;
  const tolerance = Math.abs(TIE_TOLERANCE * observed);
  const share = (count: number) => (count + adjustment) / (means.length + adjustment);
  const atMost = share(means.filter((value) => value <= observed + tolerance).length);
  const atLeast = share(means.filter((value) => value >= observed - tolerance).length);
  return Math.min(1, 2 * Math.min(atMost, atLeast));
}
