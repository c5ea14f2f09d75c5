// The `json` format: a top-level array of row objects, or a pandas "split" table of plain columns.
import { describeJson, ImportRejected } from './errors';
import { firstSignificant } from './head';
import { isRecord } from './item-values';
import { walkJson, type Select } from './json-walk';
import type { OpenContext } from './reader';
import type { SourceRow } from './rows';
import type { SourceFile } from './source-file';
import { readSplitColumns, splitRowSource } from './split-table';
import { openTable } from './table';
import type { ImportReader } from './types';

export async function openJson(ctx: OpenContext): Promise<ImportReader> {
  if (firstSignificant(ctx.head) === '{') {
    const columns = await readSplitColumns(ctx.file);
    return openTable(ctx, splitRowSource(ctx.file), { columns });
  }
  return openTable(ctx, (onBytes) => jsonArrayRows(ctx.file, onBytes));
}

const arrayOfRows: Select = (path, kind) => {
  if (path.length === 0) {
    if (kind !== 'array') {
      throw new Error('expected a JSON array of row objects, or a pandas "split" table {"columns", "data"}');
    }
    return 'enter';
  }
  return 'take';
};

async function* jsonArrayRows(file: SourceFile, onBytes?: (bytes: number) => void): AsyncGenerator<SourceRow[]> {
  let row = 0;
  for await (const picked of walkJson(file, arrayOfRows, onBytes)) {
    const batch: SourceRow[] = [];
    for (const { value } of picked) {
      row++;
      if (!isRecord(value)) {
        throw new ImportRejected(file.name, `row ${row}`, `expected a JSON object, found ${describeJson(value)}`);
      }
      batch.push({ row, line: null, fields: value, sourceJson: JSON.stringify(value) });
    }
    yield batch;
  }
  if (row === 0) throw new ImportRejected(file.name, 'row 1', 'no rows: the array is empty');
}
