// Kendall's tau-b as scipy.stats.kendalltau(variant='b') computes it, item pair by item pair (O(n²),
// which is why the bootstrap leaves it out).
import type { LabelPair } from './labels';

/**
 * Tau-b of paired scores, or null where SciPy returns NaN: fewer than two items, or one side the
 * same on every item.
 */
export function kendallTauB(pairs: readonly LabelPair<number>[]): number | null {
  let concordantMinusDiscordant = 0;
  let firstTies = 0;
  let secondTies = 0;
  pairs.forEach(([first, second], index) => {
    for (const [laterFirst, laterSecond] of pairs.slice(index + 1)) {
      const firstOrder = Math.sign(first - laterFirst);
      const secondOrder = Math.sign(second - laterSecond);
      if (firstOrder === 0) firstTies++;
      if (secondOrder === 0) secondTies++;
      concordantMinusDiscordant += firstOrder * secondOrder;
    }
  });
  const itemPairs = (pairs.length * (pairs.length - 1)) / 2;
  if (firstTies === itemPairs || secondTies === itemPairs) return null;
  const tau = concordantMinusDiscordant / Math.sqrt(itemPairs - firstTies) / Math.sqrt(itemPairs - secondTies);
  // SciPy clips rounding overshoot back into [-1, 1].
  return Math.min(1, Math.max(-1, tau));
}
