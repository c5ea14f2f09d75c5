// A text cut into plain and marked pieces for highlighting: overlapping or touching ranges merge, so
// each character is shown once and the pieces join back into the text exactly.

export interface TextRange {
  start: number;
  end: number;
}

export interface TextSegment {
  text: string;
  marked: boolean;
}

function mergedRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const sorted = ranges
    .map((range) => ({ start: Math.max(0, range.start), end: Math.min(length, range.end) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

export function textSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of mergedRanges(ranges, text.length)) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start), marked: false });
    segments.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
