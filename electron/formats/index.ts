// Importers: from a file on disk to format-neutral ImportRecords (see types.ts).
import type { ImportFormat, MappingChoices } from '../../shared/domain';
import { openBedrockDataset } from './bedrock-dataset';
import { openBedrockOutput } from './bedrock-output';
import { openBedrockRag } from './bedrock-rag';
import { openCsv } from './csv';
import { openDatabricks } from './databricks';
import { openDeepEval } from './deepeval';
import { detectFormat } from './detect';
import { openGavel } from './gavel/reader';
import { readHead } from './head';
import { openJson } from './json';
import { openJsonl } from './jsonl';
import { openLangfuse } from './langfuse';
import { openLangsmith } from './langsmith';
import { openMlflow } from './mlflow';
import { openMlflowTraces } from './mlflow-traces';
import { openPromptfoo } from './promptfoo';
import type { OpenContext } from './reader';
import { sourceFile, type SourceOptions } from './source-file';
import type { ImportReader } from './types';

export { ImportRejected } from './errors';
export { chosenMapping, suggestMapping } from './mapping';
export type * from './types';

export interface OpenImportOptions extends SourceOptions {
  /** Skips detection. */
  format?: ImportFormat;
  /** The user's choices over the mapping detection suggests (tabular formats). */
  mapping?: MappingChoices;
}

const OPENERS: Record<ImportFormat, (ctx: OpenContext) => Promise<ImportReader>> = {
  csv: openCsv,
  jsonl: openJsonl,
  json: openJson,
  mlflow: openMlflow,
  'mlflow-traces': openMlflowTraces,
  langsmith: openLangsmith,
  langfuse: openLangfuse,
  databricks: openDatabricks,
  'bedrock-dataset': openBedrockDataset,
  'bedrock-output': openBedrockOutput,
  'bedrock-rag': openBedrockRag,
  promptfoo: openPromptfoo,
  gavel: openGavel,
  deepeval: openDeepEval,
};

/**
 * Opens a file for import: detects its format (unless given), reads just enough to list its
 * columns and suggest a mapping, and returns a reader that streams the records. Throws an
 * ImportRejected for an empty file, an unknown format or a bad header; later problems are thrown
 * while iterating `records()`.
 */
export async function openImport(filePath: string, options: OpenImportOptions = {}): Promise<ImportReader> {
  const file = await sourceFile(filePath, options);
  const head = await readHead(file);
  const format = options.format ?? detectFormat(file, head);
  return OPENERS[format]({
    file,
    format,
    detected: options.format === undefined,
    mapping: options.mapping,
    head,
  });
}
