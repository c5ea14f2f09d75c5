// Which character separates a CSV file's fields. Excel writes `;` where the decimal mark is a comma
// (much of Europe), exports to "text" write tabs, and some tools write `|`.

const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The delimiter of the header line: the candidate it holds most often outside quotes (comma on a
 * tie, the RFC 4180 default). `.tsv` files are tab-separated whatever their header holds.
 */
export function delimiterOf(fileName: string, head: string): Delimiter {
  if (fileName.toLowerCase().endsWith('.tsv')) return '\t';
  const counts = delimitersInHeader(head);
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** True when the head's first line could be a header row of some delimited file. */
export function looksDelimited(head: string): boolean {
  for (const count of delimitersInHeader(head).values()) if (count > 0) return true;
  return false;
}

/**
 * A `;`-separated file comes from a locale whose decimal mark is the comma, so `4,5` in a score
 * column is four and a half there; with any other delimiter a comma cannot be inside a number.
 */
export function usesDecimalComma(delimiter: Delimiter): boolean {
  return delimiter === ';';
}

/** Candidate delimiters counted over the header record (which may span lines inside quotes). */
function delimitersInHeader(head: string): Map<Delimiter, number> {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of head) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  return counts;
}
