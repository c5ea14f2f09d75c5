// The Wilson score interval of a proportion: sound for small samples and for shares near 0 or 1,
// where the normal approximation leaves [0, 1]. Matches statsmodels' proportion_confint(method='wilson').
import { zFor } from './ppi';

/** The 95% (by default) interval of `count` successes in `n` trials; null with no trials. */
export function wilsonInterval(count: number, n: number, alpha = 0.05): [number, number] | null {
  if (n === 0) return null;
  const z = zFor(alpha);
  const share = count / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (share + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / denominator;
  return [centre - half, centre + half];
}
