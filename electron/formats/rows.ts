// A data row as read from a file, before any format-specific meaning is given to it.
import { ImportRejected } from './errors';

export interface SourceRow {
  /** 1-based data row (CSV: not counting the header; JSONL: the line number). */
  row: number;
  /** Line the row starts on, when the format has meaningful lines (CSV, JSONL). */
  line: number | null;
  /** Column → value. */
  fields: Record<string, unknown>;
  /** The row verbatim: the line's text for JSONL, else the row as JSON. */
  sourceJson: string;
}

/** Reads a file's rows, in batches (one per chunk read) to keep per-row async overhead down. */
export type RowSource = (onBytes?: (bytes: number) => void) => AsyncGenerator<SourceRow[]>;

/** Where a row is, as messages say it. */
function whereOf(src: SourceRow): string {
  return src.line === null ? `row ${src.row}` : `line ${src.line}`;
}

export function rejectRow(fileName: string, src: SourceRow, reason: string): ImportRejected {
  return new ImportRejected(fileName, whereOf(src), reason);
}

/** Rows read to list the columns of files without a header (JSONL, JSON arrays, promptfoo vars). */
export const SAMPLE_ROWS = 100;

/** Reads up to `count` rows, then stops reading. */
export async function firstRows(rows: RowSource, count: number): Promise<SourceRow[]> {
  const out: SourceRow[] = [];
  for await (const batch of rows()) {
    for (const src of batch) {
      out.push(src);
      if (out.length >= count) return out;
    }
  }
  return out;
}

/** Why a list of column names cannot key row objects (a name used twice), or null. */
export function repeatedColumn(columns: readonly string[]): string | null {
  const firstUse = new Map<string, number>();
  for (let i = 0; i < columns.length; i++) {
    const name = columns[i]!;
    const first = firstUse.get(name);
    if (first !== undefined) {
      return `column "${name}" appears twice (columns ${first + 1} and ${i + 1}); expected unique column names`;
    }
    firstUse.set(name, i);
  }
  return null;
}

/** Union of the rows' top-level keys, in first-seen order. */
export function columnsOf(rows: readonly SourceRow[]): string[] {
  const seen = new Set<string>();
  for (const src of rows) for (const key in src.fields) seen.add(key);
  return [...seen];
}
