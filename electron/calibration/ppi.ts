// Prediction-powered inference for a mean (a pass rate is the mean of 0/1 verdicts): the judge's
// verdicts on every item plus experts' labels on a random subset give an unbiased estimate of the
// true mean, with an interval narrower than the labels alone whenever the judge is informative.
//
// PPI++ with power tuning (Angelopoulos, Duchi & Zrnic 2023, arXiv 2311.01453), computed as the
// reference implementation ppi_py does (`ppi_mean_pointestimate`, `ppi_mean_ci`):
//   θ̂_λ = mean(w_u·λ·Ŷᵘ) + mean(w·(Y − λ·Ŷ))
//   se² = std₀(w_u·λ·Ŷᵘ)² / N + std₀(w·(Y − λ·Ŷ))² / n        (std₀: population standard deviation)
//   λ̂   = [ (1/n)·Σ (g − ḡ)(ĝ − ĝ̄) ] / [ (1 + n/N) · var₁(ĝ ∪ ĝᵘ) ], clipped to [0, 1]
// where g = w·(Y − θ̂₁), ĝ = w·(Ŷ − θ̂₁), ĝᵘ = w_u·(Ŷᵘ − θ̂₁) are the mean's gradients at the plain PPI
// estimate θ̂₁, var₁ is the sample variance (n − 1), and weights are rescaled to average 1.
// λ = 1 is plain PPI; λ = 0 is the classical interval on the labels alone.
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';

export interface LabelledPoint {
  /** The expert's value: 1/0 for pass/fail, or a score. */
  truth: number;
  /** The judge's value on the same item. */
  judge: number;
  /** Sampling weight (the inverse of the item's inclusion probability); 1 when drawn uniformly. */
  weight?: number;
}

export interface MeanEstimate {
  value: number;
  ci: [number, number];
}

export interface PpiEstimate extends MeanEstimate {
  lambda: number;
  /** The interval's standard error (for planning how many labels a target width needs). */
  standardError: number;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** numpy's `.std()`: divides by the count (ddof 0). */
function populationStd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
}

/** numpy's `np.cov` of one variable: divides by count − 1. */
function sampleVariance(values: readonly number[]): number {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** Weights rescaled to average 1 (ppi_py's construct_weight_vector); all ones when none are given. */
function normalisedWeights(weights: readonly (number | undefined)[]): number[] {
  if (weights.every((w) => w === undefined)) return weights.map(() => 1);
  const given = weights.map((w) => w ?? 1);
  const total = given.reduce((sum, w) => sum + w, 0);
  return given.map((w) => (w / total) * given.length);
}

/** The z of a two-sided (1 − alpha) normal interval. */
export const zFor = (alpha: number) => normalQuantile(1 - alpha / 2, 0, 1);

/** The PPI++ point estimate for a given λ (ppi_mean_pointestimate with `lam`). */
function pointEstimate(labelled: readonly LabelledPoint[], unlabelled: readonly number[], w: number[], lambda: number) {
  const imputed = mean(unlabelled.map((yhat) => lambda * yhat));
  const rectifier = mean(labelled.map((p, i) => w[i]! * (p.truth - lambda * p.judge)));
  return imputed + rectifier;
}

/** The power-tuning λ̂ (ppi_py's _calc_lam_glm for a mean, clipped to [0, 1]). */
function tunedLambda(labelled: readonly LabelledPoint[], unlabelled: readonly number[], w: number[]): number {
  const n = labelled.length;
  const N = unlabelled.length;
  const theta = pointEstimate(labelled, unlabelled, w, 1);
  const grads = labelled.map((p, i) => w[i]! * (p.truth - theta));
  const gradsHat = labelled.map((p, i) => w[i]! * (p.judge - theta));
  const gradsHatUnlabelled = unlabelled.map((yhat) => yhat - theta);
  const g = mean(grads);
  const gh = mean(gradsHat);
  const covariance = grads.reduce((sum, v, i) => sum + (v - g) * (gradsHat[i]! - gh), 0) / n;
  const variance = sampleVariance([...gradsHat, ...gradsHatUnlabelled]);
  const lambda = covariance / ((1 + n / N) * variance);
  // A judge whose verdicts never vary carries no information: fall back to the labels alone.
  if (!Number.isFinite(lambda)) return 0;
  return Math.min(1, Math.max(0, lambda));
}

/**
 * The PPI++ estimate of the mean over labelled and unlabelled items, with its (1 − alpha) interval.
 * `lambda` fixes the power-tuning parameter (1: plain PPI; 0: labels only); tuned when left out.
 * Unlabelled items are taken as drawn uniformly (weight 1), as Gavel's estimate uses them.
 */
export function ppiMean(
  labelled: readonly LabelledPoint[],
  unlabelled: readonly number[],
  { alpha = 0.05, lambda }: { alpha?: number; lambda?: number } = {},
): PpiEstimate {
  if (labelled.length < 2) throw new RangeError('PPI needs at least two labelled items.');
  if (unlabelled.length < 2) throw new RangeError('PPI needs at least two unlabelled items.');
  const w = normalisedWeights(labelled.map((p) => p.weight));
  const lam = lambda ?? tunedLambda(labelled, unlabelled, w);
  const value = pointEstimate(labelled, unlabelled, w, lam);
  const imputedSe = populationStd(unlabelled.map((yhat) => lam * yhat)) / Math.sqrt(unlabelled.length);
  const rectifierSe =
    populationStd(labelled.map((p, i) => w[i]! * (p.truth - lam * p.judge))) / Math.sqrt(labelled.length);
  const standardError = Math.sqrt(imputedSe ** 2 + rectifierSe ** 2);
  const z = zFor(alpha);
  return { value, ci: [value - z * standardError, value + z * standardError], lambda: lam, standardError };
}

/** The classical CLT interval of a mean (ppi_py's classical_mean_ci: population std over √n). */
export function classicalMean(values: readonly number[], { alpha = 0.05 } = {}): MeanEstimate {
  if (values.length < 2) throw new RangeError('An interval needs at least two values.');
  const value = mean(values);
  const half = (zFor(alpha) * populationStd(values)) / Math.sqrt(values.length);
  return { value, ci: [value - half, value + half] };
}
