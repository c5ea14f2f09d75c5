// Amazon Bedrock evaluation dataset JSONL: `prompt`, `referenceResponse`, `category`, and for
// bring-your-own-responses `modelResponses: [{response, modelIdentifier}]`.
import type { ColumnMapping, ColumnUse, ItemFields, ModelAnswer } from '../../shared/domain';
import { isRecord, putOwn, toText } from './item-values';
import { jsonlRows } from './jsonl';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { columnsOf, firstRows, rejectRow, SAMPLE_ROWS, type RowSource, type SourceRow } from './rows';
import type { ImportReader } from './types';

const ITEM_KEYS = ['prompt', 'referenceResponse', 'category', 'modelResponses'];

/** What the reader reports as used; the fields are read by Bedrock's rules, not mapped. */
const BEDROCK_MAPPING: ColumnMapping = {
  request: 'prompt',
  response: 'modelResponses',
  expected_response: 'referenceResponse',
};

export function isBedrockDatasetRow(row: Record<string, unknown>): boolean {
  return 'prompt' in row && ('referenceResponse' in row || 'modelResponses' in row || 'category' in row);
}

/** Opens a Bedrock JSONL file: columns are sampled, rows prepared by the format's own rules. */
export async function openBedrockJsonl(
  ctx: OpenContext,
  prepare: (src: SourceRow) => PreparedRow,
  mapping: ColumnMapping = BEDROCK_MAPPING,
  uses: readonly ColumnUse[] = [],
): Promise<ImportReader> {
  const rows: RowSource = (onBytes) => jsonlRows(ctx.file, onBytes);
  const columns = columnsOf(await firstRows(rows, SAMPLE_ROWS));
  return makeReader({
    ...ctx,
    columns,
    mapping,
    mappable: false,
    rows,
    // Nothing is mapped by column: every field the format does not read becomes metadata.
    mapper: new RowMapper({}),
    idColumn: undefined,
    prepare,
    uses,
  });
}

export function openBedrockDataset(ctx: OpenContext): Promise<ImportReader> {
  return openBedrockJsonl(ctx, (src) => {
    const prepared = bedrockItem(src.fields, src.fields.modelResponses);
    prepared.answers = modelAnswers(ctx.file.name, src, src.fields.modelResponses);
    if (!prepared.item?.request) {
      throw rejectRow(ctx.file.name, src, 'expected a "prompt" (every line of a Bedrock dataset needs one)');
    }
    return prepared;
  });
}

/**
 * Item fields of a Bedrock dataset record (also the `inputRecord` of an output line). Text may
 * be a plain string or `{text}` (human evaluation jobs); the response is the first model's.
 */
export function bedrockItem(record: Record<string, unknown>, modelResponses: unknown): PreparedRow {
  const first = Array.isArray(modelResponses) && isRecord(modelResponses[0]) ? modelResponses[0] : {};
  const item: Partial<Omit<ItemFields, 'metadata'>> = {
    request: textOf(record.prompt),
    response: responseText(first),
    expected_response: textOf(record.referenceResponse),
  };
  const metadata: Record<string, unknown> = {};
  if (record.category !== undefined) metadata.category = record.category;
  if (first.modelIdentifier !== undefined) metadata.model = first.modelIdentifier;
  const fields: Record<string, unknown> = {};
  for (const key in record) if (!ITEM_KEYS.includes(key)) putOwn(fields, key, record[key]);
  return { fields, item, metadata };
}

/**
 * The answers of a line holding several models' responses (a comparison job, or a
 * bring-your-own-inference dataset), one per model: the model's identifier names its imported run, so
 * each response needs one, and one model answering twice would leave no way to tell them apart.
 */
export function modelAnswers(fileName: string, src: SourceRow, responses: unknown): ModelAnswer[] {
  if (!Array.isArray(responses) || responses.length < 2) return [];
  const answers: ModelAnswer[] = [];
  const models = new Set<string>();
  for (const [index, entry] of responses.entries()) {
    const model = isRecord(entry) ? entry.modelIdentifier : undefined;
    if (!isRecord(entry) || typeof model !== 'string' || model === '') {
      throw rejectRow(
        fileName,
        src,
        `modelResponses[${index}] has no "modelIdentifier"; expected one per response when a line holds several models' responses`,
      );
    }
    if (models.has(model)) {
      throw rejectRow(fileName, src, `modelResponses names "${model}" twice; expected one response per model`);
    }
    models.add(model);
    const response = responseText(entry);
    if (response !== null) answers.push({ model, response });
  }
  return answers;
}

/** One entry of `modelResponses`: its answer, under `response` or (human evaluation jobs) `text`. */
export function responseText(modelResponse: Record<string, unknown>): string | null {
  return textOf(modelResponse.response ?? modelResponse.text);
}

function textOf(value: unknown): string | null {
  return isRecord(value) && typeof value.text === 'string' ? value.text : toText(value);
}
