// JSONL: one JSON object per line.
import { describeJson, ImportRejected } from './errors';
import { isRecord } from './item-values';
import type { OpenContext } from './reader';
import type { SourceRow } from './rows';
import type { SourceFile } from './source-file';
import { openTable } from './table';
import type { ImportReader } from './types';
import { readLines } from './text-lines';

export function openJsonl(ctx: OpenContext): Promise<ImportReader> {
  return openTable(ctx, (onBytes) => jsonlRows(ctx.file, onBytes));
}

/**
 * Reads the file's objects, one per line. Blank lines are skipped but still counted, so `row` and
 * `line` are the line number an editor shows. The line's own text is the verbatim source row.
 */
export async function* jsonlRows(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
  let lastLine = 0;
  let count = 0;
  for await (const { lines, firstLine } of readLines(file, onBytes)) {
    const batch: SourceRow[] = [];
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i]!;
      const line = firstLine + i;
      if (isBlank(text)) continue;
      batch.push({ row: line, line, fields: parseObject(file.name, text, line), sourceJson: text });
    }
    lastLine = firstLine + lines.length - 1;
    count += batch.length;
    if (batch.length > 0) yield batch;
  }
  if (count === 0) {
    throw new ImportRejected(
      file.name,
      `line ${lastLine + 1}`,
      'no rows: expected at least one line holding a JSON object',
    );
  }
}

function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  // Only a line that starts with whitespace can be all whitespace: skip trim() for the rest.
  return (c === 32 || c === 9 || c === 13) && text.trim().length === 0;
}

function parseObject(fileName: string, text: string, line: number): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position ? `line ${line}, column ${Number(position[1]) + 1}` : `line ${line}`;
    throw new ImportRejected(fileName, where, `invalid JSON (${message}): expected one JSON object per line`);
  }
  if (!isRecord(value)) {
    throw new ImportRejected(fileName, `line ${line}`, `expected a JSON object, found ${describeJson(value)}`);
  }
  return value;
}
