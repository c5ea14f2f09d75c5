// LangSmith experiment exports: runs (`client.list_runs`) each with its feedback
// (`client.list_feedback`): `key`, `score`, `value`, `comment`, `correction`, `feedback_source`.
// Feedback from people (source `app`) is a label; from evaluators (`model`, `api`) a verdict.
import type { ColumnMapping } from '../../shared/domain';
import { documentRows } from './document-rows';
import { CriterionScales, valueFields } from './feedback-values';
import { decoded, ioText } from './io-text';
import { isRecord, putOwn, toText } from './item-values';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { columnsOf, firstRows, SAMPLE_ROWS, type SourceRow } from './rows';
import type { ImportReader } from './types';
import { doneVerdict, errorVerdict, JudgeRegistry } from './verdicts';

const LANGSMITH_MAPPING: ColumnMapping = {
  id: 'id',
  request: 'inputs',
  response: 'outputs',
  expected_response: 'reference_outputs',
};

const READ_KEYS = new Set(['id', 'inputs', 'outputs', 'reference_outputs', 'example', 'feedback']);

export function isLangsmithRun(row: Record<string, unknown>): boolean {
  return 'inputs' in row && 'feedback' in row;
}

export async function openLangsmith(ctx: OpenContext): Promise<ImportReader> {
  const rows = await documentRows(ctx);
  const scales = new CriterionScales();
  for await (const batch of rows()) {
    for (const src of batch) for (const f of feedbackOf(src)) scales.add(toText(f.key) ?? '', feedbackValue(f));
  }
  const judges = new JudgeRegistry();
  return makeReader({
    ...ctx,
    columns: columnsOf(await firstRows(rows, SAMPLE_ROWS)),
    mapping: LANGSMITH_MAPPING,
    mappable: false,
    rows,
    mapper: new RowMapper({}),
    idColumn: undefined,
    prepare: (src) => runItem(src, scales, judges),
  });
}

function feedbackOf(src: SourceRow): Record<string, unknown>[] {
  let list = src.fields.feedback;
  if (typeof list === 'string') list = decoded(list);
  return Array.isArray(list) ? list.filter((f) => isRecord(f) && typeof f.key === 'string') : [];
}

/** `score` when set (bool or number), else `value` (categorical labels live there). */
function feedbackValue(f: Record<string, unknown>): unknown {
  return f.score ?? f.value;
}

function runItem(src: SourceRow, scales: CriterionScales, judges: JudgeRegistry): PreparedRow {
  const run = src.fields;
  const example = isRecord(run.example) ? run.example : {};
  const prepared: PreparedRow = {
    fields: {},
    key: toText(run.id) ?? undefined,
    item: {
      request: ioText(run.inputs),
      response: ioText(run.outputs),
      expected_response: ioText(run.reference_outputs ?? example.outputs),
    },
    metadata: {},
    verdicts: [],
    labels: [],
  };
  for (const [key, value] of Object.entries(run)) {
    if (!READ_KEYS.has(key) && value !== null && value !== undefined) putOwn(prepared.metadata!, key, value);
  }
  const corrections: Record<string, unknown>[] = [];
  for (const f of feedbackOf(src)) {
    const key = f.key as string;
    const source = isRecord(f.feedback_source) ? f.feedback_source : {};
    const comment = toText(f.comment);
    if (f.correction !== null && f.correction !== undefined) corrections.push({ key, correction: f.correction });
    const failed = isRecord(f.extra) && f.extra.error === true;
    // Feedback holding neither a score nor a value (a bare comment, a correction) is no verdict or label.
    if (!failed && (feedbackValue(f) === null || feedbackValue(f) === undefined)) continue;
    if (source.type === 'app') {
      prepared.labels!.push({
        judge: key,
        outputType: scales.outputType(key),
        reviewer: toText(source.user_name ?? source.user_id) ?? 'unknown',
        ...valueFields(feedbackValue(f)),
        rationale: comment,
        createdAt: toText(f.created_at),
      });
      continue;
    }
    const judge = judges.get({
      name: key,
      version: null,
      outputType: scales.outputType(key),
      kind: source.type === 'model' ? 'llm' : 'heuristic',
      model: null,
      instructions: null,
    });
    prepared.verdicts!.push(
      failed
        ? errorVerdict(judge, comment ?? 'the evaluator raised an error')
        : doneVerdict(judge, { ...valueFields(feedbackValue(f)), justification: comment }),
    );
  }
  if (corrections.length > 0) prepared.metadata!.corrections = corrections;
  return prepared;
}
