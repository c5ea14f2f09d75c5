// A judge's verdict counts as bars in the order of its output type: every score of a small integer
// scale (zero counts included, so a score nobody got still shows), yes before no, categories as the
// judge declares them. Other scores (probability-weighted, continuous) get a bar per distinct value,
// binned when there are many, or there would be a bar per value.
import type { OutputType } from '../../../../shared/domain';
import { formatNumber } from '../../format/numbers';

export interface Bar {
  label: string;
  count: number;
}

/** More distinct numeric scores than this are grouped into that many equal-width bins. */
export const MAX_SCORE_BARS = 10;
/** An integer scale with at most this many scores gets a bar for each of them (0–10 included). */
const MAX_SCALE_BARS = 11;

type Score = [score: number, count: number];
type ScaleType = Extract<OutputType, { kind: 'scale' }>;

function binned(scores: Score[]): Bar[] {
  const values = scores.map(([score]) => score);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const width = (high - low) / MAX_SCORE_BARS;
  const counts = new Array<number>(MAX_SCORE_BARS).fill(0);
  for (const [score, count] of scores) {
    const bin = Math.min(MAX_SCORE_BARS - 1, Math.floor((score - low) / width));
    counts[bin]! += count;
  }
  const edge = (index: number) => formatNumber(low + index * width);
  return counts.map((count, index) => ({ label: `${edge(index)}–${edge(index + 1)}`, count }));
}

/** The counts as ascending scores, or null when some key is not a number (a label). */
function numericScores(entries: [string, number][]): Score[] | null {
  if (!entries.every(([key]) => key.trim() !== '' && Number.isFinite(Number(key)))) return null;
  return entries.map(([key, count]): Score => [Number(key), count]).sort(([a], [b]) => a - b);
}

/** Every score of a small integer scale, or null for a continuous or wide one. */
function scaleSteps(outputType: ScaleType): number[] | null {
  const { min, max } = outputType;
  const steps = max - min + 1;
  if (!Number.isInteger(min) || !Number.isInteger(max) || steps < 1 || steps > MAX_SCALE_BARS) return null;
  return Array.from({ length: steps }, (_, index) => min + index);
}

function scaleBars(scores: Score[], outputType: ScaleType): Bar[] {
  const steps = scaleSteps(outputType);
  if (steps && scores.every(([score]) => steps.includes(score))) {
    const counts = new Map(scores);
    return steps.map((step) => ({ label: String(step), count: counts.get(step) ?? 0 }));
  }
  return scores.length > MAX_SCORE_BARS ? binned(scores) : perValue(scores);
}

/** A bar per score as people read it (two decimals): scores that read the same share one. */
function perValue(scores: Score[]): Bar[] {
  const counts = new Map<string, number>();
  for (const [score, count] of scores) {
    const label = formatNumber(score);
    counts.set(label, (counts.get(label) ?? 0) + count);
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}

/** The answers an output type declares, in its order: each gets a bar even when nobody gave it. */
function declaredLabels(outputType: OutputType): string[] {
  switch (outputType.kind) {
    case 'pass_fail':
      return ['yes', 'no'];
    case 'categories':
      return outputType.categories;
    case 'scale':
      return [];
  }
}

/** Declared labels first, then any others the verdicts hold (e.g. imported ones), A–Z. */
function labelBars(entries: [string, number][], declared: string[]): Bar[] {
  const counts = new Map(entries);
  const others = [...counts.keys()].filter((label) => !declared.includes(label)).sort((a, b) => a.localeCompare(b));
  return [...declared, ...others].map((label) => ({ label, count: counts.get(label) ?? 0 }));
}

export function distributionBars(distribution: Record<string, number>, outputType: OutputType): Bar[] {
  const entries = Object.entries(distribution);
  if (outputType.kind === 'scale') {
    const scores = numericScores(entries);
    if (scores) return scaleBars(scores, outputType);
  }
  return labelBars(entries, declaredLabels(outputType));
}
