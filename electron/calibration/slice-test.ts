// Is the judge significantly worse on a slice than on the rest? One-sided Fisher's exact test on
// agreement counts (scipy.stats.fisher_exact(table, alternative='less') with table
// [[agree in slice, disagree in slice], [agree elsewhere, disagree elsewhere]]: the hypergeometric
// probability of so few agreements in the slice), and Holm's step-down adjustment across the slices
// compared (statsmodels' multipletests(method='holm')), so that many slices do not flag one by chance.
import hypergeometricCdf from '@stdlib/stats-base-dists-hypergeometric-cdf';

export interface SliceCounts {
  /** Items of the slice where judge and experts agree, and all the slice's items. */
  agree: number;
  n: number;
}

/** One-sided p-value that the slice agrees less often than the rest. */
export function worseThanRestP(slice: SliceCounts, rest: SliceCounts): number {
  const total = slice.n + rest.n;
  return hypergeometricCdf(slice.agree, total, slice.agree + rest.agree, slice.n);
}

/** Holm-adjusted p-values, in the order given. */
export function holmAdjusted(pValues: readonly number[]): number[] {
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

/** Each slice's p-value against the rest and whether it is flagged (Holm-adjusted p < alpha). */
export function flagWorseSlices(slices: readonly SliceCounts[], alpha = 0.05) {
  const all = slices.reduce((sum, s) => ({ agree: sum.agree + s.agree, n: sum.n + s.n }), { agree: 0, n: 0 });
  const pValues = slices.map((s) => worseThanRestP(s, { agree: all.agree - s.agree, n: all.n - s.n }));
  const adjusted = holmAdjusted(pValues);
  return slices.map((_, i) => ({ pValue: pValues[i]!, adjusted: adjusted[i]!, flagged: adjusted[i]! < alpha }));
}
