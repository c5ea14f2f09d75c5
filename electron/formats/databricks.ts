// Databricks Agent Evaluation `eval_results.json`: a split table with fixed input columns and
// `response/llm_judged/JUDGE/...` and `retrieval/llm_judged/JUDGE/...` judge columns.
import type { ChunkVerdict, ColumnMapping, ItemField } from '../../shared/domain';
import { toText } from './item-values';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext } from './reader';
import { firstRows, rejectRow, type SourceRow } from './rows';
import { readSplitColumns, splitRowSource } from './split-table';
import type { ImportReader, ImportedJudge, ImportedVerdict } from './types';
import { doneVerdict, errorVerdict, PASS_FAIL, scale } from './verdicts';

const RESPONSE_JUDGE = /^response\/llm_judged\/(.+)\/(rating|rationale|error_message)$/;
const RETRIEVAL_JUDGE = /^retrieval\/llm_judged\/(.+)\/(ratings|rationales|error_messages|precision)$/;
const DOCUMENT_RECALL = 'retrieval/ground_truth/document_recall';

const INPUT_COLUMNS: [ItemField, string][] = [
  ['id', 'request_id'],
  ['request', 'request'],
  ['response', 'response'],
  ['expected_response', 'expected_response'],
  ['expected_facts', 'expected_facts'],
  ['guidelines', 'guidelines'],
  ['retrieved_context', 'retrieved_context'],
];

export function isDatabricksColumns(columns: readonly string[]): boolean {
  return (
    columns.some((c) => c.startsWith('response/llm_judged/') || c.startsWith('retrieval/llm_judged/')) ||
    (columns.includes('request_id') && columns.includes('request'))
  );
}

/** Columns of one judge, by the part after the judge name (`rating`, `rationales`, ...). */
interface JudgeColumns {
  judge: ImportedJudge;
  perChunk: boolean;
  columns: Map<string, string>;
}

function llmJudge(name: string): ImportedJudge {
  return {
    name,
    version: null,
    outputType: PASS_FAIL,
    kind: 'llm',
    model: null,
    instructions: null,
  };
}

export async function openDatabricks(ctx: OpenContext): Promise<ImportReader> {
  const columns = await readSplitColumns(ctx.file);
  const rows = splitRowSource(ctx.file);
  await firstRows(rows, 1); // refuses an empty table now rather than once the import has begun
  const judges = new Map<string, JudgeColumns>();
  const verdictColumns = new Set<string>();
  for (const column of columns) {
    const match = RESPONSE_JUDGE.exec(column) ?? RETRIEVAL_JUDGE.exec(column);
    if (!match) continue;
    const perChunk = column.startsWith('retrieval/');
    const id = `${perChunk ? 'retrieval' : 'response'}/${match[1]}`;
    let judge = judges.get(id);
    if (judge === undefined) {
      judge = { judge: llmJudge(match[1]!), perChunk, columns: new Map() };
      judges.set(id, judge);
    }
    judge.columns.set(match[2]!, column);
    verdictColumns.add(column);
  }
  const recall: ImportedJudge | null = columns.includes(DOCUMENT_RECALL)
    ? {
        name: 'document_recall',
        version: null,
        outputType: scale(0, 1),
        kind: 'heuristic',
        model: null,
        instructions: null,
      }
    : null;
  if (recall) verdictColumns.add(DOCUMENT_RECALL);

  const mapping: ColumnMapping = {};
  for (const [field, column] of INPUT_COLUMNS) if (columns.includes(column)) mapping[field] = column;

  return makeReader({
    ...ctx,
    columns,
    mapping,
    mappable: false,
    rows,
    mapper: new RowMapper(mapping, { isVerdictColumn: (c) => verdictColumns.has(c) }),
    idColumn: mapping.id,
    prepare: (src) => {
      const verdicts: ImportedVerdict[] = [];
      for (const j of judges.values()) {
        const v = j.perChunk ? chunkVerdict(ctx.file.name, j, src) : responseVerdict(ctx.file.name, j, src);
        if (v) verdicts.push(v);
      }
      const recalled = src.fields[DOCUMENT_RECALL];
      if (recall && typeof recalled === 'number') {
        verdicts.push(doneVerdict(recall, { score: recalled }));
      }
      return { verdicts };
    },
  });
}

function cell(j: JudgeColumns, src: SourceRow, part: string): unknown {
  const column = j.columns.get(part);
  return column === undefined ? undefined : src.fields[column];
}

/** "yes"/"no" (any case, or a boolean) to pass; null for no rating; anything else refused. */
function yesNo(fileName: string, src: SourceRow, column: string, value: unknown): boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value;
  const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (word === 'yes') return true;
  if (word === 'no') return false;
  throw rejectRow(fileName, src, `expected "yes" or "no" in "${column}", found ${JSON.stringify(value)}`);
}

function responseVerdict(fileName: string, j: JudgeColumns, src: SourceRow): ImportedVerdict | null {
  const justification = toText(cell(j, src, 'rationale'));
  const error = toText(cell(j, src, 'error_message'));
  if (error) return errorVerdict(j.judge, error, { justification });
  const pass = yesNo(fileName, src, j.columns.get('rating') ?? '', cell(j, src, 'rating'));
  // No rating and no error: the judge did not apply to this row (e.g. no expected response).
  if (pass === null) return null;
  return doneVerdict(j.judge, { pass, label: pass ? 'yes' : 'no', justification });
}

/**
 * A per-chunk judge gives one rating per retrieved chunk; its score is the file's precision (the
 * share of relevant chunks). Pass stays null: Databricks sets no threshold on precision.
 */
function chunkVerdict(fileName: string, j: JudgeColumns, src: SourceRow): ImportedVerdict | null {
  const ratings = listOf(cell(j, src, 'ratings'));
  const rationales = listOf(cell(j, src, 'rationales'));
  const errors = listOf(cell(j, src, 'error_messages'))
    .map(toText)
    .filter((e): e is string => !!e);
  const precision = cell(j, src, 'precision');
  const score = typeof precision === 'number' ? precision : null;
  const ratingsColumn = j.columns.get('ratings') ?? '';
  const chunks: ChunkVerdict[] = ratings.map((rating, i) => {
    const pass = yesNo(fileName, src, ratingsColumn, rating);
    return {
      pass,
      label: pass === null ? null : pass ? 'yes' : 'no',
      rationale: toText(rationales[i]),
    };
  });
  if (chunks.every((c) => c.pass === null)) {
    if (errors.length > 0) {
      return errorVerdict(j.judge, [...new Set(errors)].join('\n'), {
        chunks: chunks.length > 0 ? chunks : null,
      });
    }
    if (score === null) return null;
  }
  return doneVerdict(j.judge, { score, chunks });
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
