// CSV (RFC 4180) and TSV, parsed by csv-parse as the text streams in.
import { Readable, pipeline } from 'node:stream';
import { parse, type Info } from 'csv-parse';
import { delimiterOf, usesDecimalComma, type Delimiter } from './csv-dialect';
import { ImportRejected } from './errors';
import { putOwn } from './item-values';
import type { OpenContext } from './reader';
import { repeatedColumn, type RowSource, type SourceRow } from './rows';
import type { SourceFile } from './source-file';
import { openTable } from './table';
import type { ImportReader } from './types';
import { readText } from './text-chunks';

export interface CsvRecord {
  cells: string[];
  /** Line the record starts on. */
  line: number;
}

export async function openCsv(ctx: OpenContext): Promise<ImportReader> {
  const { columns, rows, delimiter } = await csvRowSource(ctx);
  return openTable(ctx, rows, { columns, blankIsNull: true, decimalComma: usesDecimalComma(delimiter) });
}

/** The header's column names and the data rows, each checked against the header; the delimiter sniffed. */
export async function csvRowSource(
  ctx: OpenContext,
): Promise<{ columns: string[]; rows: RowSource; delimiter: Delimiter }> {
  const delimiter = delimiterOf(ctx.file.name, ctx.head);
  const header = await readHeader(ctx.file, delimiter);
  const columns = header.cells.map((name, i) => name.trim() || `column_${i + 1}`);
  const repeated = repeatedColumn(columns);
  if (repeated) throw new ImportRejected(ctx.file.name, `line ${header.line}`, repeated);

  async function* rows(onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
    let row = 0;
    let headerSeen = false;
    for await (const { cells, line } of csvRecords(ctx.file, delimiter, onBytes)) {
      if (!headerSeen) {
        headerSeen = true;
        continue;
      }
      if (cells.length !== columns.length) {
        throw new ImportRejected(
          ctx.file.name,
          `line ${line}`,
          `expected ${columns.length} fields as in the header, found ${cells.length}`,
        );
      }
      const fields: Record<string, unknown> = {};
      for (let i = 0; i < columns.length; i++) putOwn(fields, columns[i]!, cells[i]);
      row++;
      yield [{ row, line, fields, sourceJson: JSON.stringify(fields) }];
    }
    if (row === 0) {
      throw new ImportRejected(
        ctx.file.name,
        `line ${header.line + 1}`,
        'no rows: the file has a header but no data rows',
      );
    }
  }

  return { columns, rows, delimiter };
}

async function readHeader(file: SourceFile, delimiter: string): Promise<CsvRecord> {
  for await (const record of csvRecords(file, delimiter)) return record;
  throw new ImportRejected(file.name, 'line 1', 'no rows: the file is empty; expected a header row');
}

/** The file's records as csv-parse reads them from the decoded text, each with the line it starts on. */
export async function* csvRecords(
  file: SourceFile,
  delimiter: string,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRecord> {
  const parser = parse({ delimiter, info: true, skip_empty_lines: true, relax_column_count: true });
  // Errors of the source (invalid UTF-8) reach the loop below through the parser.
  pipeline(Readable.from(withLf(readText(file, onBytes))), parser, () => {});
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: Info;
    }>) {
      // csv-parse reports the line a record ends on; its own line breaks give where it starts.
      yield { cells: record, line: info.lines - lineBreaksIn(record) };
    }
  } catch (e) {
    if (e instanceof ImportRejected) throw e;
    throw await csvRejection(file, delimiter, e as Error & { code?: string; lines?: number });
  }
}

/**
 * Normalises CRLF to LF before parsing. csv-parse picks one record delimiter per file and miscounts
 * lines around CRLF breaks inside quoted fields; with LF only, files mixing both endings parse and
 * every line number is right. Line breaks inside quoted values therefore come out as `\n`.
 */
async function* withLf(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let heldCr = false;
  for await (const chunk of chunks) {
    let text: string = heldCr ? '\r' + chunk : chunk;
    heldCr = text.endsWith('\r');
    if (heldCr) text = text.slice(0, -1);
    yield text.replaceAll('\r\n', '\n');
  }
  if (heldCr) yield '\r';
}

function lineBreaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

async function csvRejection(
  file: SourceFile,
  delimiter: string,
  e: Error & { code?: string; lines?: number },
): Promise<ImportRejected> {
  const line = e.lines ?? 1;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED': {
      const opened = await openQuoteLine(file, delimiter);
      return new ImportRejected(
        file.name,
        `line ${opened}`,
        `unbalanced quote: a quoted field opened on line ${opened} is never closed`,
      );
    }
    case 'INVALID_OPENING_QUOTE':
      return new ImportRejected(
        file.name,
        `line ${line}`,
        'a quote inside an unquoted field: expected the whole field in quotes, with each inner quote doubled ("")',
      );
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new ImportRejected(
        file.name,
        `line ${line}`,
        'text right after a closing quote: expected a delimiter or the end of the line (a quote inside a quoted field is written "")',
      );
    default:
      return new ImportRejected(file.name, `line ${line}`, `not valid CSV: ${e.message}`);
  }
}

/**
 * csv-parse reports an unclosed quote at the end of the file; the user needs the line where the
 * quote opened. Replays RFC 4180 quoting over the file (only on this error path) to find it.
 */
async function openQuoteLine(file: SourceFile, delimiter: string): Promise<number> {
  let line = 1;
  let openedOn = 1;
  let quoted = false;
  let quoteInQuoted = false;
  let fieldStart = true;
  for await (const text of withLf(readText(file))) {
    for (const c of text) {
      if (quoted) {
        if (quoteInQuoted) {
          quoteInQuoted = false;
          if (c === '"') continue; // "" is an escaped quote
          quoted = false; // the quote closed the field: handle c as unquoted text
        } else {
          if (c === '"') quoteInQuoted = true;
          else if (c === '\n') line++;
          continue;
        }
      }
      if (c === '"' && fieldStart) {
        quoted = true;
        openedOn = line;
        fieldStart = false;
        continue;
      }
      if (c === '\n') line++;
      fieldStart = c === delimiter || c === '\n';
    }
  }
  return openedOn;
}
