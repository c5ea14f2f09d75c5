// What the agreement statistics accept as a rating: a pass/fail flag spelled out, or a score.
export type Label = string | number;

/** Two raters' labels for one item. */
export type LabelPair<L extends Label> = readonly [first: L, second: L];

/**
 * The distinct labels of both raters in ascending order, as numpy's np.unique returns them: the
 * order scikit-learn's confusion matrix and kappa weights use.
 */
export function observedLabels<L extends Label>(pairs: readonly LabelPair<L>[]): L[] {
  return [...new Set(pairs.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function passLabel(pass: boolean): 'pass' | 'fail' {
  return pass ? 'pass' : 'fail';
}
