// MLflow 3 traces with their assessments: trace JSON (`Trace.to_json()`: one trace, a list or one
// per line) and `mlflow.search_traces()` / `mlflow.genai.evaluate()` tables written as JSON
// records, JSON lines or CSV (`trace_id`, `request`, `response`, `assessments`, …).
import type { ColumnMapping } from '../../shared/domain';
import { isRecord, putOwn, toText } from './item-values';
import { documentRows } from './document-rows';
import { decoded, ioText } from './io-text';
import { CriterionScales } from './feedback-values';
import { addFeedbackValues, assessmentList, readAssessments } from './mlflow-assessments';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { columnsOf, firstRows, rejectRow, SAMPLE_ROWS, type SourceRow } from './rows';
import type { ImportReader } from './types';
import { JudgeRegistry } from './verdicts';

const TRACES_MAPPING: ColumnMapping = {
  id: 'trace_id',
  request: 'request',
  response: 'response',
  expected_response: 'assessments',
};

/** Columns read by the format, or too large to keep as metadata (the spans are the whole trace). */
const READ_COLUMNS = new Set(['trace_id', 'request_id', 'request', 'response', 'assessments', 'trace', 'spans']);

/** A trace (`{info, data}`) or a search_traces row (`trace_id` with `assessments`). */
export function isMlflowTraceRow(row: Record<string, unknown>): boolean {
  return (isRecord(row.info) && 'data' in row) || ('trace_id' in row && 'assessments' in row);
}

export function isMlflowTraceColumns(columns: readonly string[]): boolean {
  return columns.includes('trace_id') && columns.includes('assessments');
}

export async function openMlflowTraces(ctx: OpenContext): Promise<ImportReader> {
  const rows = await documentRows(ctx);
  // Judges' scales are read from every value the file gives them, before any record is made.
  const scales = new CriterionScales();
  for await (const batch of rows()) {
    for (const src of batch) addFeedbackValues(scales, assessmentList(decoded(traceRow(src).assessments)));
  }
  const judges = new JudgeRegistry();
  return makeReader({
    ...ctx,
    columns: columnsOf(await firstRows(rows, SAMPLE_ROWS)),
    mapping: TRACES_MAPPING,
    mappable: false,
    rows,
    mapper: new RowMapper({}),
    idColumn: undefined,
    prepare: (src) => traceItem(ctx.file.name, src, scales, judges),
  });
}

/** A trace as the flat row search_traces would give for it. */
function traceRow(src: SourceRow): Record<string, unknown> {
  const { info, data } = src.fields;
  if (!isRecord(info)) return src.fields;
  const root = rootSpan(isRecord(data) ? data.spans : undefined);
  const attributes = isRecord(root?.attributes) ? root.attributes : {};
  return {
    trace_id: info.trace_id ?? info.request_id,
    request: decoded(attributes['mlflow.spanInputs'] ?? info.request_preview ?? info.request),
    response: decoded(attributes['mlflow.spanOutputs'] ?? info.response_preview ?? info.response),
    assessments: info.assessments,
    state: info.state ?? info.status,
    request_time: info.request_time ?? info.timestamp_ms,
    execution_duration_ms: info.execution_duration_ms ?? info.execution_time_ms,
    trace_metadata: info.trace_metadata ?? info.request_metadata,
    tags: info.tags,
  };
}

function rootSpan(spans: unknown): Record<string, unknown> | undefined {
  if (!Array.isArray(spans)) return undefined;
  return spans.filter(isRecord).find((s) => !s.parent_id && !s.parent_span_id);
}

function traceItem(fileName: string, src: SourceRow, scales: CriterionScales, judges: JudgeRegistry): PreparedRow {
  const row = traceRow(src);
  const id = toText(row.trace_id);
  if (!id) throw rejectRow(fileName, src, 'expected a "trace_id" (every MLflow trace has one)');
  const read = readAssessments(assessmentList(decoded(row.assessments)), scales, judges);
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (!READ_COLUMNS.has(key) && !key.endsWith('/value') && value !== undefined && value !== null && value !== '') {
      putOwn(metadata, key, decoded(value));
    }
  }
  return {
    fields: {},
    key: id,
    item: { request: ioText(row.request), response: ioText(row.response), ...read.item },
    metadata: { ...metadata, ...read.metadata },
    verdicts: read.verdicts,
    labels: read.labels,
  };
}
