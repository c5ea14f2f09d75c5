// Tells a file's format from its name and first bytes.
import { extname } from 'node:path';
import type { ImportFormat } from '../../shared/domain';
import { isBedrockDatasetRow } from './bedrock-dataset';
import { parse } from 'csv-parse/sync';
import { delimiterOf, looksDelimited } from './csv-dialect';
import { isBedrockOutputRow } from './bedrock-output';
import { isBedrockRagRow } from './bedrock-rag';
import { isDatabricksColumns } from './databricks';
import { isDeepEvalObject } from './deepeval';
import { ImportRejected } from './errors';
import { isGavelRow } from './gavel/reader';
import { firstLine, firstSignificant, HEAD_BYTES } from './head';
import { isRecord } from './item-values';
import { walkJsonHead, type Select } from './json-walk';
import { isLangfuseColumns, isLangfuseRow } from './langfuse';
import { isLangsmithRun } from './langsmith';
import { isMlflowColumns } from './mlflow';
import { isMlflowTraceColumns, isMlflowTraceRow } from './mlflow-traces';
import { isPromptfooObject } from './promptfoo';
import type { SourceFile } from './source-file';

export function detectFormat(file: SourceFile, head: string): ImportFormat {
  const ext = extname(file.name).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return csvFormat(file, head);
  const start = firstSignificant(head);
  if (start === '[') return arrayFormat(firstElementKeys(head));
  if (start === '{') return detectObjectFile(file, head, ext);
  if (looksDelimited(head)) return 'csv';
  throw new ImportRejected(
    file.name,
    'line 1',
    `could not tell the format of ${file.name}: expected CSV or TSV with a header row, JSONL, a JSON array, ` +
      'an MLflow or Databricks evaluation table, Bedrock evaluation JSONL, a promptfoo results.json, or Gavel JSONL',
  );
}

/**
 * A file starting with `{` is JSONL (MLflow and Databricks tables, often one line long, too) or
 * one JSON document. The first line decides when it is a whole object; otherwise the head is
 * walked for the keys that name a format.
 */
function detectObjectFile(file: SourceFile, head: string, ext: string): ImportFormat {
  const text = head.slice(head.search(/\S/));
  const lineComplete = text.includes('\n') || file.size <= HEAD_BYTES;
  if (lineComplete) {
    const first = parseObject(firstLine(text));
    if (first) return objectFormat(first);
  }
  const sniffed = sniffHead(text);
  if (sniffed.promptfoo) return 'promptfoo';
  if (isMlflowTraceRow(keysOf(sniffed.keys))) return 'mlflow-traces';
  if (isLangsmithRun(keysOf(sniffed.keys))) return 'langsmith';
  if (sniffed.keys.includes('testRunData') || sniffed.keys.includes('testCases')) return 'deepeval';
  if (sniffed.columns) return tableFormat(sniffed.columns);
  // A first line longer than the head: a JSONL row, judged by its keys.
  if (!lineComplete) return rowFormat(keysOf(sniffed.keys));
  // Not a known document: the readers say exactly what is wrong with it.
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'json';
}

function objectFormat(value: Record<string, unknown>): ImportFormat {
  const columns = Array.isArray(value.columns) && 'data' in value ? value.columns : null;
  if (columns) return tableFormat(columns.map(String));
  if (isPromptfooObject(value)) return 'promptfoo';
  if (isDeepEvalObject(value)) return 'deepeval';
  return rowFormat(value);
}

function tableFormat(columns: string[]): ImportFormat {
  if (isDatabricksColumns(columns)) return 'databricks';
  if (isMlflowColumns(columns)) return 'mlflow';
  return 'json';
}

function rowFormat(row: Record<string, unknown>): ImportFormat {
  if (isGavelRow(row)) return 'gavel';
  if (isMlflowTraceRow(row)) return 'mlflow-traces';
  if (isLangsmithRun(row)) return 'langsmith';
  if (isLangfuseRow(row)) return 'langfuse';
  if (isBedrockOutputRow(row)) return 'bedrock-output';
  if (isBedrockRagRow(row)) return 'bedrock-rag';
  if (isBedrockDatasetRow(row)) return 'bedrock-dataset';
  return 'jsonl';
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/** Top-level keys of the first value, its `columns` and whether it has `results.version`. */
function sniffHead(text: string): { keys: string[]; columns: string[] | null; promptfoo: boolean } {
  const keys: string[] = [];
  let roots = 0;
  const select: Select = (path, kind) => {
    if (path.length === 0) return roots++ === 0 && kind === 'object' ? 'enter' : 'skip';
    if (path.length === 1) {
      keys.push(String(path[0]));
      if (path[0] === 'columns') return 'take';
      return path[0] === 'results' && kind === 'object' ? 'enter' : 'skip';
    }
    return path.length === 2 && path[1] === 'version' ? 'take' : 'skip';
  };
  const picked = walkJsonHead(text, select);
  const columns = picked.find((p) => p.path.length === 1)?.value;
  return {
    keys,
    columns: Array.isArray(columns) ? columns.map(String) : null,
    promptfoo: picked.some((p) => p.path.length === 2),
  };
}

/** Key names as a row whose values only say "present" (`info` as an object, as a trace has it). */
function keysOf(keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, {}]));
}

/** Top-level keys of the first element of a JSON array. */
function firstElementKeys(head: string): Record<string, unknown> {
  const keys: string[] = [];
  walkJsonHead(head.slice(head.search(/\S/)), (path, kind) => {
    if (path.length === 0) return 'enter';
    if (path.length === 1) return path[0] === 0 && kind === 'object' ? 'enter' : 'skip';
    if (path.length === 2 && path[0] === 0) keys.push(String(path[1]));
    return 'skip';
  });
  return keysOf(keys);
}

/**
 * Tools' CSV exports by their header, read as the CSV reader will read it: with the file's own
 * delimiter and quoting (Langfuse quotes every cell, the header too; a quoted name may hold commas).
 */
function csvFormat(file: SourceFile, head: string): ImportFormat {
  let columns: string[];
  try {
    const [header] = parse(head, {
      delimiter: delimiterOf(file.name, head),
      bom: true,
      to: 1,
      relax_quotes: true,
    }) as string[][];
    columns = (header ?? []).map((column) => column.trim());
  } catch {
    // A header the reader cannot parse either: it says where when it reads the file.
    return 'csv';
  }
  if (isMlflowTraceColumns(columns)) return 'mlflow-traces';
  if (isLangfuseColumns(columns)) return 'langfuse';
  return 'csv';
}

/** A JSON list of a tool's records (traces, runs, scores), else a plain table. */
function arrayFormat(first: Record<string, unknown>): ImportFormat {
  if (isMlflowTraceRow(first)) return 'mlflow-traces';
  if (isLangsmithRun(first)) return 'langsmith';
  if (isLangfuseRow(first)) return 'langfuse';
  return 'json';
}
