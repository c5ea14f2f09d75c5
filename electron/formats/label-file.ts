// Label files (a Gavel label pack, or a CSV of item, judge, value…), streamed: neither is read
// whole, so a large file costs memory for its labels only.
import * as z from 'zod';
import { LABEL_ACTIONS, type PackedLabel } from '../../shared/review';
import { csvRecords } from './csv';
import { delimiterOf } from './csv-dialect';
import { ImportRejected } from './errors';
import { firstSignificant, readHead } from './head';
import { JsonShapeError, walkJson, shapeRejection, type Select } from './json-walk';
import { sourceFile, type SourceFile, type SourceOptions } from './source-file';

const valueSchema = { score: z.number().nullable(), label: z.string().nullable(), pass: z.boolean().nullable() };
const packedLabelSchema = z.object({
  ...valueSchema,
  uid: z.string().min(1),
  dataset: z.string(),
  item: z.string(),
  judge: z.string().min(1),
  reviewer: z.string().min(1),
  action: z.enum([...LABEL_ACTIONS, 'retract']),
  rationale: z.string().nullable(),
  tags: z.array(z.string()),
  blind: z.object(valueSchema).nullable(),
  createdAt: z.string(),
}) satisfies z.ZodType<PackedLabel>;

/** A CSV label row: its cells by (trimmed) header name, and the line it starts on. */
export interface LabelCsvRow {
  line: number;
  cells: Record<string, string>;
}

export type LabelFile =
  | { kind: 'pack'; file: SourceFile; labels: () => AsyncGenerator<PackedLabel[]> }
  | { kind: 'csv'; file: SourceFile; columns: string[]; rows: () => AsyncGenerator<LabelCsvRow> };

/** Opens a label file: a JSON object is a label pack, anything else a CSV with a header row. */
export async function openLabelFile(filePath: string, options: SourceOptions = {}): Promise<LabelFile> {
  const file = await sourceFile(filePath, options);
  const head = await readHead(file);
  if (firstSignificant(head) === '{') return { kind: 'pack', file, labels: () => packLabels(file) };
  const delimiter = delimiterOf(file.name, head);
  let columns: string[] | undefined;
  for await (const header of csvRecords(file, delimiter)) {
    columns = header.cells.map((cell) => cell.trim());
    break;
  }
  if (columns === undefined) throw new ImportRejected(file.name, 'line 1', 'no rows: expected a header row');
  const names = columns;
  return { kind: 'csv', file, columns: names, rows: () => csvRows(file, delimiter, names) };
}

async function* csvRows(file: SourceFile, delimiter: string, columns: string[]): AsyncGenerator<LabelCsvRow> {
  let header = true;
  for await (const { cells, line } of csvRecords(file, delimiter)) {
    if (header) {
      header = false;
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((name, i) => (row[name] = (cells[i] ?? '').trim()));
    yield { line, cells: row };
  }
}

const packParts: Select = (path, kind) => {
  if (path.length === 0) {
    if (kind !== 'object') throw new Error(`expected a Gavel label pack (a JSON object), found ${kind}`);
    return 'enter';
  }
  if (path.length === 1) {
    if (path[0] === 'labels') {
      if (kind !== 'array') throw new Error('expected "labels" to be an array of labels');
      return 'enter';
    }
    return path[0] === 'format' || path[0] === 'version' ? 'take' : 'skip';
  }
  return 'take';
};

/** The pack's labels in batches, each checked; the pack's format and version are checked at its end. */
async function* packLabels(file: SourceFile): AsyncGenerator<PackedLabel[]> {
  const header: Record<string, unknown> = {};
  let index = 0;
  try {
    for await (const picked of walkJson(file, packParts)) {
      const labels: PackedLabel[] = [];
      for (const { path, value, token } of picked) {
        if (path.length === 1) {
          header[path[0]!] = value;
          continue;
        }
        index++;
        const parsed = packedLabelSchema.safeParse(value);
        if (!parsed.success) {
          throw new JsonShapeError(token, `label ${index} is not a Gavel label: ${z.prettifyError(parsed.error)}`);
        }
        labels.push(parsed.data);
      }
      if (labels.length > 0) yield labels;
    }
  } catch (e) {
    if (e instanceof JsonShapeError) throw await shapeRejection(file, e);
    throw e;
  }
  if (header.format !== 'gavel-labels' || header.version !== 1) {
    throw new ImportRejected(
      file.name,
      'line 1',
      `not a Gavel label pack: expected "format": "gavel-labels" and "version": 1, found ${shown(header.format)} and ${shown(header.version)}`,
    );
  }
}

const shown = (value: unknown): string => JSON.stringify(value) ?? 'nothing';
