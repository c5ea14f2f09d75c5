// A plain-language warning beside statistics computed on few items.

/** Below this many items, intervals are wide enough that point estimates mislead. */
export const SMALL_SAMPLE_SIZE = 30;

export function smallSampleWarning(n: number): string | null {
  if (n >= SMALL_SAMPLE_SIZE) return null;
  if (n === 0) return 'No items have both a judge verdict and a human label: there is nothing to measure yet.';
  const subject = n === 1 ? 'Only 1 item has' : `Only ${n} items have`;
  return `${subject} both a judge verdict and a human label: the intervals are wide; treat these numbers as rough.`;
}
