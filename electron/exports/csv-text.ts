// CSV as every export writes it: safe to open in a spreadsheet.
import { stringify } from 'csv-stringify/sync';

/** A leading character that makes Excel, LibreOffice or Google Sheets evaluate a cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that is exactly a number: a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Neutralises a cell a spreadsheet would evaluate by prefixing a single quote, as OWASP
 * recommends. Only text is touched: numbers (a JS number, or text such as `-0.5` that is exactly
 * one) stay as they are, so numeric columns keep their values and cannot carry a formula anyway.
 */
export function spreadsheetSafe(value: unknown): unknown {
  if (typeof value !== 'string' || !FORMULA_START.test(value) || PLAIN_NUMBER.test(value)) return value;
  return `'${value}`;
}

/** Rows as CSV with a header row (the first row's keys), every header and cell spreadsheet-safe. */
export function csvText(rows: readonly Record<string, unknown>[]): string {
  const keys = rows.length > 0 ? Object.keys(rows[0]!) : [];
  return stringify(
    rows.map((row) => Object.fromEntries(keys.map((key) => [key, spreadsheetSafe(row[key])]))),
    { header: true, columns: keys.map((key) => ({ key, header: String(spreadsheetSafe(key)) })) },
  );
}
