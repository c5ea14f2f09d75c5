// Cohen's kappa exactly as scikit-learn's cohen_kappa_score computes it: the confusion matrix over the
// labels either rater used, unweighted or with quadratic weights on the labels' positions in that list.
import { observedLabels, type Label, type LabelPair } from './labels';

export type KappaWeights = 'none' | 'quadratic';

const weightFunctions: Record<KappaWeights, (row: number, column: number) => number> = {
  none: (row, column) => (row === column ? 0 : 1),
  // By position among the observed labels, not by value: scores 1, 2 and 5 weigh as 0, 1 and 2.
  quadratic: (row, column) => (row - column) ** 2,
};

/**
 * Kappa of two raters over the same items, or null where scikit-learn returns NaN: no items, or no
 * expected disagreement (both raters gave one and the same label throughout).
 */
export function cohenKappa<L extends Label>(
  pairs: readonly LabelPair<L>[],
  weights: KappaWeights = 'none',
): number | null {
  const labels = observedLabels(pairs);
  const position = new Map(labels.map((label, index) => [label, index]));
  const weight = weightFunctions[weights];
  const firstCounts = new Array<number>(labels.length).fill(0);
  const secondCounts = new Array<number>(labels.length).fill(0);
  let observed = 0;
  for (const [first, second] of pairs) {
    const row = position.get(first) ?? 0;
    const column = position.get(second) ?? 0;
    firstCounts[row] = (firstCounts[row] ?? 0) + 1;
    secondCounts[column] = (secondCounts[column] ?? 0) + 1;
    observed += weight(row, column);
  }
  let expected = 0;
  firstCounts.forEach((rowCount, row) => {
    secondCounts.forEach((columnCount, column) => {
      expected += (rowCount * columnCount * weight(row, column)) / pairs.length;
    });
  });
  return expected === 0 ? null : 1 - observed / expected;
}
