// The pandas "split" layout `{"columns": [...], "data": [[...], ...]}` that MLflow and Databricks
// write, streamed row by row.
import { describeJson, ImportRejected } from './errors';
import { putOwn } from './item-values';
import { JsonShapeError, shapeRejection, walkJson, type Picked, type Select } from './json-walk';
import { repeatedColumn, type RowSource, type SourceRow } from './rows';
import type { SourceFile } from './source-file';

const splitLayout: Select = (path, kind) => {
  if (path.length === 0) {
    if (kind !== 'object') throw new Error('expected a pandas "split" table {"columns", "data"}');
    return 'enter';
  }
  if (path.length === 1) {
    if (path[0] === 'columns') return 'take';
    if (path[0] !== 'data') return 'skip'; // "index" and anything else
    if (kind !== 'array') throw new Error('expected "data" to be a list of rows');
    return 'enter';
  }
  return 'take';
};

type SplitPart = { columns: string[] } | { rows: SourceRow[] };

/** Yields the columns first, then batches of rows as objects keyed by column. */
async function* splitParts(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SplitPart> {
  let columns: string[] | null = null;
  let row = 0;
  for await (const picked of walkJson(file, splitLayout, onBytes)) {
    const rows: SourceRow[] = [];
    for (const p of picked) {
      if (p.path.length === 1) {
        columns = await columnNames(file, p);
        yield { columns };
        continue;
      }
      if (columns === null) {
        // pandas writes "columns" first; rows met before them would have to be held in memory.
        throw await shapeRejection(file, new JsonShapeError(p.token, 'expected "columns" before "data"'));
      }
      row++;
      rows.push(rowOf(file, columns, row, p.value));
    }
    if (rows.length > 0) yield { rows };
  }
  if (columns === null) {
    throw await shapeRejection(file, new JsonShapeError(0, 'expected a "columns" list (pandas "split" layout)'));
  }
  if (row === 0) throw new ImportRejected(file.name, 'row 1', 'no rows: "data" is empty');
}

export async function readSplitColumns(file: SourceFile): Promise<string[]> {
  for await (const part of splitParts(file)) if ('columns' in part) return part.columns;
  throw new Error('unreachable: splitParts yields columns or throws');
}

export function splitRowSource(file: SourceFile): RowSource {
  return async function* (onBytes) {
    for await (const part of splitParts(file, onBytes)) if ('rows' in part) yield part.rows;
  };
}

async function columnNames(file: SourceFile, p: Picked): Promise<string[]> {
  const names = Array.isArray(p.value) ? p.value : null;
  if (names === null || !names.every((n) => typeof n === 'string' || typeof n === 'number')) {
    throw await shapeRejection(
      file,
      new JsonShapeError(p.token, `expected "columns" to be a list of column names, found ${describeJson(p.value)}`),
    );
  }
  const columns = names.map(String);
  const repeated = repeatedColumn(columns);
  if (repeated) throw await shapeRejection(file, new JsonShapeError(p.token, repeated));
  return columns;
}

function rowOf(file: SourceFile, columns: string[], row: number, value: unknown): SourceRow {
  if (!Array.isArray(value) || value.length !== columns.length) {
    const found = Array.isArray(value) ? String(value.length) : describeJson(value);
    throw new ImportRejected(
      file.name,
      `row ${row}`,
      `expected ${columns.length} values as in "columns", found ${found}`,
    );
  }
  const fields: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) putOwn(fields, columns[i]!, value[i]);
  return { row, line: null, fields, sourceJson: JSON.stringify(fields) };
}
