// Contract channels for the workspace, datasets, items and imports.
import * as z from 'zod';
import { IMPORT_FORMATS, ITEM_FIELDS } from '../domain';
import type {
  ColumnMapping,
  ColumnUse,
  DatasetSummary,
  ImportFormat,
  ItemDetail,
  ItemFields,
  ItemRow,
  MappingChoices,
  ModelAnswer,
  OutputType,
} from '../domain';
import { canonicalEncoding } from '../text-encoding';
import { id, returns, type ChannelDefinitions } from './schema-helpers';

export const importSourceSchema = z.discriminatedUnion('kind', [
  /** A file on the main process's disk (Electron dialogs and drops, the CLI). */
  z.object({ kind: z.literal('path'), path: z.string().min(1) }),
  /** A file the browser uploaded to browser mode first (`POST /api/upload`). */
  z.object({ kind: z.literal('upload'), id: z.string().regex(/^[a-f0-9-]{36}$/) }),
]);
export type ImportSource = z.infer<typeof importSourceSchema>;

const mappingSchema = z.partialRecord(
  z.enum(ITEM_FIELDS),
  z.string().min(1).nullable(),
) satisfies z.ZodType<MappingChoices>;

/**
 * The text encoding to read a file in, overriding what its byte-order mark says (UTF-8 when it has
 * none): any name a WHATWG TextDecoder knows, such as `windows-1252` or `latin1`.
 */
export const textEncodingSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((label) => canonicalEncoding(label) !== undefined, {
    error: 'unknown encoding; expected a name such as utf-8, utf-16le, windows-1252 or latin1',
  });

const importOptions = {
  source: importSourceSchema,
  encoding: textEncodingSchema.optional(),
  format: z.enum(IMPORT_FORMATS).optional(),
  mapping: mappingSchema.optional(),
};

export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  datasets: number;
}

export interface ImportedJudgeSummary {
  name: string;
  version: string | null;
  outputType: OutputType;
  /** Verdicts read for the judge, errors included. */
  verdicts: number;
  /** Of those, failed judge calls the file records (no score). */
  errors: number;
}

export interface PreviewRow {
  row: number;
  key: string;
  item: ItemFields;
  verdicts: number;
  labels: number;
  /** Every model's answer when the row holds two or more (see `ImportSummary.answers`). */
  answers: ModelAnswer[];
}

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  /** True when the format was detected rather than given. */
  detected: boolean;
  columns: string[];
  mapping: ColumnMapping;
  /** Whether this format lets the user change the mapping (the tabular formats do). */
  mappable: boolean;
  rows: PreviewRow[];
  /** Rows read for the preview; `complete` says whether that was the whole file. */
  rowsRead: number;
  complete: boolean;
  judges: ImportedJudgeSummary[];
  labels: number;
  /** What becomes of every column: item field, verdicts, labels, metadata only, or ignored. */
  columnUses: ColumnUse[];
}

/** What the workspace writer stored for an import. */
export interface ImportWritten {
  dataset: { id: number; name: string; items: number };
  rows: number;
  inserted: number;
  /** Rows already in the dataset under the same key (a re-import) and left as they were. */
  unchanged: number;
  judges: string[];
  judgments: number;
  labels: number;
  /**
   * Model answers stored as generations of imported runs, one run per model (a `response_b`
   * column, Bedrock outputs with several models): what side-by-side review and pairwise judges read.
   */
  answers: number;
  /** Reviewers whose ratings the file carried. */
  reviewers: string[];
  runId: number | null;
}

export interface ImportSummary extends ImportWritten {
  /** Failed judge calls the file records, stored as error judgments (counted in `judgments`). */
  errors: number;
  /** What became of every column, as in the preview. */
  columnUses: ColumnUse[];
}

export interface ItemPage {
  total: number;
  offset: number;
  rows: ItemRow[];
  judges: string[];
}

export const datasetChannels = {
  'workspace.info': { input: z.object({}), output: returns<WorkspaceInfo>() },
  'datasets.list': { input: z.object({}), output: returns<DatasetSummary[]>() },
  'datasets.delete': { input: z.object({ id }), output: returns<{ deleted: number }>() },
  'items.page': {
    input: z.object({
      datasetId: id,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(1000).default(200),
      /** Who is looking: verdicts of blind sessions this reviewer has not rated are withheld. */
      reviewer: z.string().trim().min(1).max(100).optional(),
    }),
    output: returns<ItemPage>(),
  },
  /** An item; verdicts of blind sessions `reviewer` has not rated yet are withheld (see labels.history). */
  'items.get': {
    input: z.object({ id, reviewer: z.string().trim().min(1).max(100).optional() }),
    output: returns<ItemDetail>(),
  },
  /** An item of a dataset by its key (the source's id column or row number). */
  'items.find': { input: z.object({ datasetId: id, key: z.string().min(1) }), output: returns<{ id: number }>() },
  'import.inspect': {
    input: z.object({ ...importOptions, previewRows: z.number().int().min(1).max(200).default(20) }),
    output: returns<ImportPreview>(),
  },
  'import.run': {
    input: z.object({
      ...importOptions,
      /** Import into the dataset with this id, or create / reuse one by name. */
      dataset: z.union([z.object({ id }), z.object({ name: z.string().trim().min(1).max(200) })]).optional(),
      /** Chosen by the caller so it can match the progress events of this import. */
      jobId: z.string().max(100).optional(),
    }),
    output: returns<ImportSummary>(),
  },
} satisfies ChannelDefinitions<'datasets'>;
