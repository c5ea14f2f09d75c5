// A judge's verdict counts as bars in reading order: scores ascending, yes before no, labels A–Z.
// Continuous scores (overlap, readability) are binned, or there would be a bar per distinct value.

export interface Bar {
  label: string;
  count: number;
}

/** More distinct numeric scores than this are grouped into that many equal-width bins. */
export const MAX_SCORE_BARS = 10;

const YES_NO_ORDER = ['yes', 'no'];

function binned(scores: [number, number][]): Bar[] {
  const values = scores.map(([score]) => score);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const width = (high - low) / MAX_SCORE_BARS;
  const counts = new Array<number>(MAX_SCORE_BARS).fill(0);
  for (const [score, count] of scores) {
    const bin = Math.min(MAX_SCORE_BARS - 1, Math.floor((score - low) / width));
    counts[bin]! += count;
  }
  const edge = (index: number) => String(Math.round((low + index * width) * 100) / 100);
  return counts.map((count, index) => ({ label: `${edge(index)}–${edge(index + 1)}`, count }));
}

export function distributionBars(distribution: Record<string, number>): Bar[] {
  const entries = Object.entries(distribution);
  const numeric = entries.every(([key]) => key.trim() !== '' && Number.isFinite(Number(key)));
  if (numeric && entries.length > 0) {
    const scores = entries.map(([key, count]): [number, number] => [Number(key), count]).sort(([a], [b]) => a - b);
    return scores.length > MAX_SCORE_BARS
      ? binned(scores)
      : scores.map(([score, count]) => ({ label: String(score), count }));
  }
  const rank = (key: string) => {
    const at = YES_NO_ORDER.indexOf(key);
    return at === -1 ? YES_NO_ORDER.length : at;
  };
  return entries
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([label, count]) => ({ label, count }));
}
