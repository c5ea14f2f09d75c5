// Percentile bootstrap confidence intervals over items, seeded so the same data and seed always give
// the same interval (pure-rand's xoroshiro128plus; percentiles interpolated as numpy's default).
import type { Interval } from '../../shared/calibration';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { quantileSorted } from 'simple-statistics';

export interface BootstrapOptions {
  seed: number;
  /** Resamples drawn; 1000 unless given. */
  resamples?: number;
}

export const DEFAULT_RESAMPLES = 1000;
const CONFIDENCE = 0.95;
const NO_INTERVAL: Interval = { lower: null, upper: null };

type Statistic<T> = (sample: readonly T[]) => number | null;

/** The 95% interval of sorted estimates, interpolated as numpy's percentile. */
function percentileInterval(sortedEstimates: readonly number[]): Interval {
  if (sortedEstimates.length === 0) return NO_INTERVAL;
  const tail = (1 - CONFIDENCE) / 2;
  return { lower: quantileSorted(sortedEstimates, tail), upper: quantileSorted(sortedEstimates, 1 - tail) };
}

/**
 * The 95% interval of each named statistic, all over the same resamples of the items. Resamples where
 * a statistic is undefined (null, e.g. kappa of a resample holding one class) are left out of its
 * interval; null bounds when there are fewer than two items or no resample gives a value.
 */
export function bootstrapIntervals<T, K extends string>(
  items: readonly T[],
  statistics: Record<K, Statistic<T>>,
  { seed, resamples = DEFAULT_RESAMPLES }: BootstrapOptions,
): Record<K, Interval> {
  const named = Object.entries<Statistic<T>>(statistics);
  const estimates = named.map((): number[] => []);
  if (items.length >= 2) {
    const generator = xoroshiro128plus(seed);
    for (let resample = 0; resample < resamples; resample++) {
      const sample = Array.from({ length: items.length }, () => items[uniformInt(generator, 0, items.length - 1)] as T);
      named.forEach(([, statistic], index) => {
        const estimate = statistic(sample);
        if (estimate !== null) estimates[index]?.push(estimate);
      });
    }
  }
  const intervals = named.map(([name], index) => {
    const sorted = (estimates[index] ?? []).sort((a, b) => a - b);
    return [name, percentileInterval(sorted)] as const;
  });
  return Object.fromEntries(intervals) as Record<K, Interval>;
}
