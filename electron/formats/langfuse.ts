// Langfuse scores: API pages and UI exports of scores (one row per score, grouped here into one
// item per trace), or traces and dataset items carrying their `scores`. Scores from people
// (source ANNOTATION) are labels; from Langfuse's LLM judges (EVAL) or the API verdicts.
import type { ColumnMapping } from '../../shared/domain';
import { documentRows } from './document-rows';
import { CriterionScales, valueFields } from './feedback-values';
import { decoded, ioText } from './io-text';
import { isRecord, putOwn, toText } from './item-values';
import { RowMapper } from './mapping';
import { makeReader, type OpenContext, type PreparedRow } from './reader';
import { rejectRow, type RowSource, type SourceRow } from './rows';
import type { ImportReader } from './types';
import { doneVerdict, JudgeRegistry } from './verdicts';

const LANGFUSE_MAPPING: ColumnMapping = {
  id: 'traceId',
  request: 'input',
  response: 'output',
  expected_response: 'expectedOutput',
};

const READ_KEYS = new Set(['id', 'traceId', 'input', 'output', 'expectedOutput', 'scores']);

/** A score row (`dataType` and `source`), or a trace / dataset item carrying its scores. */
export function isLangfuseRow(row: Record<string, unknown>): boolean {
  return ('dataType' in row && 'source' in row && 'name' in row) || ('scores' in row && 'input' in row);
}

export function isLangfuseColumns(columns: readonly string[]): boolean {
  return ['traceId', 'dataType', 'source', 'name'].every((c) => columns.includes(c));
}

export async function openLangfuse(ctx: OpenContext): Promise<ImportReader> {
  const rows = byTrace(ctx.file.name, await documentRows(ctx));
  const scales = new CriterionScales();
  for await (const batch of rows()) for (const src of batch) for (const s of scoresOf(src)) scales.add(s.name, s.value);
  const judges = new JudgeRegistry();
  return makeReader({
    ...ctx,
    columns: ['traceId', 'input', 'output', 'expectedOutput', 'scores'],
    mapping: LANGFUSE_MAPPING,
    mappable: false,
    rows,
    mapper: new RowMapper({}),
    idColumn: undefined,
    prepare: (src) => traceItem(src, scales, judges),
  });
}

/**
 * Score exports list scores, not traces: they are gathered into one row per trace (in order of
 * first appearance), which takes reading the whole file first. Rows that carry their scores pass
 * as they are.
 */
function byTrace(fileName: string, rows: RowSource): RowSource {
  return async function* (onBytes) {
    const out: SourceRow[] = [];
    const traces = new Map<string, SourceRow & { fields: { scores: unknown[] } }>();
    for await (const batch of rows(onBytes)) {
      for (const src of batch) {
        if ('scores' in src.fields) {
          out.push(src);
          continue;
        }
        const subject = src.fields.traceId ?? src.fields.sessionId ?? src.fields.datasetRunId;
        if (typeof subject !== 'string' || subject === '') {
          throw rejectRow(
            fileName,
            src,
            'expected a "traceId" (or sessionId, datasetRunId) naming what the score is on',
          );
        }
        let trace = traces.get(subject);
        if (trace === undefined) {
          trace = { ...src, fields: { traceId: subject, scores: [] } };
          traces.set(subject, trace);
          out.push(trace);
        }
        trace.fields.scores.push(src.fields);
      }
    }
    for (const [index, src] of out.entries()) {
      src.row = index + 1;
      src.sourceJson = JSON.stringify(src.fields);
    }
    if (out.length > 0) yield out;
  };
}

interface Score {
  name: string;
  dataType: string;
  source: string;
  value: unknown;
  raw: Record<string, unknown>;
}

function scoresOf(src: SourceRow): Score[] {
  const list = decoded(src.fields.scores);
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).flatMap((raw) => {
    if (typeof raw.name !== 'string') return [];
    const dataType = String(raw.dataType ?? 'NUMERIC').toUpperCase();
    return [
      {
        name: raw.name,
        dataType,
        source: String(raw.source ?? 'API').toUpperCase(),
        value: scoreValue(raw, dataType),
        raw,
      },
    ];
  });
}

/**
 * The score's value by its type: v2 and UI exports give a number with `stringValue` beside it
 * ("True", a category); v3 gives the typed value. CSV cells are text.
 */
function scoreValue(raw: Record<string, unknown>, dataType: string): unknown {
  const text = toText(raw.stringValue);
  if (dataType === 'BOOLEAN') {
    if (typeof raw.value === 'boolean') return raw.value;
    if (text) return text.toLowerCase() === 'true';
    return Number(raw.value) === 1;
  }
  if (dataType === 'NUMERIC') {
    const n = typeof raw.value === 'number' ? raw.value : Number(raw.value);
    return raw.value === null || raw.value === '' || !Number.isFinite(n) ? null : n;
  }
  return text || toText(raw.value);
}

function traceItem(src: SourceRow, scales: CriterionScales, judges: JudgeRegistry): PreparedRow {
  const fields = src.fields;
  const prepared: PreparedRow = {
    fields: {},
    key: toText(fields.traceId ?? fields.id) ?? undefined,
    item: {
      request: ioText(fields.input),
      response: ioText(fields.output),
      expected_response: ioText(fields.expectedOutput),
    },
    metadata: {},
    verdicts: [],
    labels: [],
  };
  for (const [key, value] of Object.entries(fields)) {
    if (!READ_KEYS.has(key) && value !== null && value !== undefined) putOwn(prepared.metadata!, key, value);
  }
  const corrections: string[] = [];
  for (const score of scoresOf(src)) {
    const comment = toText(score.raw.comment) || null;
    // A correction is the human-corrected output, not a rating.
    if (score.dataType === 'CORRECTION') {
      if (typeof score.value === 'string') corrections.push(score.value);
    } else if (score.value === null) {
      continue;
    } else if (score.source === 'ANNOTATION') {
      prepared.labels!.push({
        judge: score.name,
        outputType: scales.outputType(score.name),
        reviewer: toText(score.raw.authorUserName || score.raw.authorUserId) ?? 'unknown',
        ...valueFields(score.value),
        rationale: comment,
        createdAt: toText(score.raw.timestamp || score.raw.createdAt),
      });
    } else {
      const judge = judges.get({
        name: score.name,
        version: null,
        outputType: scales.outputType(score.name),
        kind: score.source === 'EVAL' ? 'llm' : 'heuristic',
        model: null,
        instructions: null,
      });
      prepared.verdicts!.push(doneVerdict(judge, { ...valueFields(score.value), justification: comment }));
    }
  }
  if (corrections.length > 0) prepared.metadata!.corrected_output = corrections;
  return prepared;
}
