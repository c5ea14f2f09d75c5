// Rows of the files tools' SDKs and UIs write: a JSON list of objects, one object per line, one
// pretty-printed object, an API page `{"data": [...]}`, or a CSV table.
import { csvRowSource } from './csv';
import { firstLine, firstSignificant } from './head';
import { isRecord } from './item-values';
import { walkJson, type Select } from './json-walk';
import { jsonlRows } from './jsonl';
import type { OpenContext } from './reader';
import type { RowSource, SourceRow } from './rows';
import type { SourceFile } from './source-file';

export async function documentRows(ctx: OpenContext): Promise<RowSource> {
  const start = firstSignificant(ctx.head);
  if (start !== '{' && start !== '[') return (await csvRowSource(ctx)).rows;
  if (start === '{' && isOneLineObject(firstLine(ctx.head.trimStart()))) {
    return (onBytes) => jsonlRows(ctx.file, onBytes);
  }
  return (onBytes) => jsonDocumentRows(ctx.file, onBytes);
}

function isOneLineObject(line: string): boolean {
  try {
    return isRecord(JSON.parse(line));
  } catch {
    return false;
  }
}

const layout: Select = (path, kind) => {
  if (path.length === 0) {
    if (kind === 'object' || kind === 'array') return 'enter';
    throw new Error('expected a JSON object or a list of objects');
  }
  if (path.length === 1) return path[0] === 'data' && kind === 'array' ? 'enter' : 'take';
  return path.length === 2 && path[0] === 'data' ? 'take' : 'skip';
};

/**
 * The elements of a top-level list or of an API page's `data`; else the one top-level object,
 * rebuilt from its keys once the file is read.
 */
async function* jsonDocumentRows(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
  let row = 0;
  const whole: Record<string, unknown> = {};
  const nextRow = (fields: Record<string, unknown>): SourceRow => ({
    row: ++row,
    line: null,
    fields,
    sourceJson: JSON.stringify(fields),
  });
  for await (const picked of walkJson(file, layout, onBytes)) {
    const batch: SourceRow[] = [];
    for (const { path, value } of picked) {
      const element = typeof path[0] === 'number' || path.length === 2;
      if (element && isRecord(value)) batch.push(nextRow(value));
      else if (!element) whole[String(path[0])] = value;
    }
    if (batch.length > 0) yield batch;
  }
  if (row === 0 && Object.keys(whole).length > 0) yield [nextRow(whole)];
}
