// Which source column fills which item field, and applying that to one row.
import type { ColumnMapping, ItemField, ItemFields, MappingChoices, ModelAnswer } from '../../shared/domain';
import { isRecord, putOwn, toContext, toFacts, toGuidelines, toReference, toText } from './item-values';

/** Column names recognised per field, compared case-insensitively. */
const KNOWN_NAMES: Record<ItemField, readonly string[]> = {
  id: ['id', 'request_id', 'item_id', 'key'],
  request: ['inputs', 'input', 'question', 'prompt', 'request', 'query', 'user_input'],
  response: ['outputs', 'output', 'answer', 'response', 'prediction', 'predictions', 'generated_answer'],
  response_b: [
    'response_b',
    'output_b',
    'outputs_b',
    'answer_b',
    'prediction_b',
    'model_b_response',
    'model_b_output',
    'model_b_answer',
  ],
  expected_response: [
    'ground_truth',
    'targets',
    'target',
    'expected_answer',
    'expected_response',
    'expected',
    'referenceresponse',
    'reference',
    'ground_truths',
  ],
  expected_facts: ['expected_facts', 'facts'],
  guidelines: ['guidelines'],
  retrieved_context: ['context', 'contexts', 'retrieved_context', 'retrieved_contexts'],
  metadata: ['metadata'],
};

const FIELD_OF_NAME = new Map<string, ItemField>(
  Object.entries(KNOWN_NAMES).flatMap(([field, names]) => names.map((name) => [name, field as ItemField] as const)),
);

/**
 * The mapping to use: detection's suggestion, with the user's choices over it. A column the user
 * gives a field is taken from whichever field detection had given it (one column, one field); a
 * field chosen as null is left unmapped.
 */
export function chosenMapping(columns: readonly string[], choices: MappingChoices = {}): ColumnMapping {
  const mapping = suggestMapping(columns);
  const chosen = Object.entries(choices) as [ItemField, string | null][];
  const claimed = new Set(chosen.flatMap(([, column]) => (column === null ? [] : [column])));
  for (const [field, column] of Object.entries(mapping) as [ItemField, string][]) {
    if (claimed.has(column)) delete mapping[field];
  }
  for (const [field, column] of chosen) {
    if (column === null) delete mapping[field];
    else mapping[field] = column;
  }
  return mapping;
}

/**
 * Suggests a mapping from column names: the first column (in file order) with a known name wins
 * its field; later columns with names for the same field stay metadata.
 */
export function suggestMapping(columns: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const column of columns) {
    const field = FIELD_OF_NAME.get(column.trim().toLowerCase());
    if (field !== undefined && mapping[field] === undefined) mapping[field] = column;
  }
  return mapping;
}

function emptyItem(): ItemFields {
  return {
    request: null,
    response: null,
    expected_response: null,
    expected_facts: null,
    guidelines: null,
    retrieved_context: null,
    metadata: {},
  };
}

/** Shared by every row of a file with one answer per row: no allocation on the hot path. */
export const NO_ANSWERS: readonly ModelAnswer[] = Object.freeze([]);

interface MappedRow {
  /** The id column's value; undefined when no id column is mapped. */
  id: unknown;
  item: ItemFields;
  /** With `response_b` mapped: the `response` and `response_b` answers, each named by its column. */
  answers: readonly ModelAnswer[];
}

interface RowMapperOptions {
  /** Columns that carry verdicts, not item data: kept out of metadata. */
  isVerdictColumn?: (column: string) => boolean;
  /** CSV cannot tell an empty cell from a missing value, so empty mapped cells become null. */
  blankIsNull?: boolean;
}

/** Applies a mapping to rows: mapped columns fill fields, every other column goes to metadata. */
export class RowMapper {
  private readonly fieldOf = new Map<string, ItemField>();
  private readonly isVerdictColumn: (column: string) => boolean;
  private readonly blankIsNull: boolean;
  /** The two answer columns when `response_b` is mapped, else null. */
  private readonly answerColumns: { a: string | undefined; b: string } | null;

  constructor(mapping: ColumnMapping, options: RowMapperOptions = {}) {
    for (const [field, column] of Object.entries(mapping) as [ItemField, string | undefined][]) {
      if (column !== undefined && !this.fieldOf.has(column)) this.fieldOf.set(column, field);
    }
    this.answerColumns = mapping.response_b === undefined ? null : { a: mapping.response, b: mapping.response_b };
    this.isVerdictColumn = options.isVerdictColumn ?? (() => false);
    this.blankIsNull = options.blankIsNull ?? false;
  }

  /** True for a column the format reads as verdicts, not item data. */
  keepsOut(column: string): boolean {
    return this.isVerdictColumn(column);
  }

  map(fields: Record<string, unknown>): MappedRow {
    const item = emptyItem();
    const metadata: Record<string, unknown> = {};
    let id: unknown;
    let mappedMetadata: unknown;
    let responseB: string | null = null;
    for (const column in fields) {
      let value = fields[column];
      const field = this.fieldOf.get(column);
      if (field === undefined) {
        if (!this.isVerdictColumn(column)) putOwn(metadata, column, value);
        continue;
      }
      if (this.blankIsNull && value === '') value = null;
      switch (field) {
        case 'id':
          id = value;
          break;
        case 'request':
          item.request = toText(value);
          break;
        case 'response':
          item.response = toText(value);
          break;
        case 'response_b':
          responseB = toText(value);
          break;
        case 'expected_response':
          item.expected_response = toReference(value);
          break;
        case 'expected_facts':
          item.expected_facts = toFacts(value);
          break;
        case 'guidelines':
          item.guidelines = toGuidelines(value);
          break;
        case 'retrieved_context':
          item.retrieved_context = toContext(value);
          break;
        case 'metadata':
          mappedMetadata = value;
          if (!isRecord(objectIn(value))) putOwn(metadata, column, value);
          break;
      }
    }
    const spread = objectIn(mappedMetadata);
    if (isRecord(spread)) {
      // Named columns win over keys of the same name inside the metadata column.
      item.metadata = {};
      for (const source of [spread, metadata]) {
        for (const [key, value] of Object.entries(source)) putOwn(item.metadata, key, value);
      }
    } else {
      item.metadata = metadata;
    }
    const columns = this.answerColumns;
    return { id, item, answers: columns ? answersOf(columns, item.response, responseB) : NO_ANSWERS };
  }
}

/** A row's two answers, each named by its column; an empty cell is a model that did not answer. */
function answersOf(
  columns: { a: string | undefined; b: string },
  responseA: string | null,
  responseB: string | null,
): ModelAnswer[] {
  const answers: ModelAnswer[] = [];
  if (columns.a !== undefined && responseA !== null) answers.push({ model: columns.a, response: responseA });
  if (responseB !== null) answers.push({ model: columns.b, response: responseB });
  return answers;
}

/** A metadata cell's object: the value itself, or the object a JSON string holds (CSV). */
function objectIn(value: unknown): unknown {
  if (typeof value !== 'string' || !value.trimStart().startsWith('{')) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
