// Amazon Bedrock knowledge-base (RAG) evaluation JSONL: one `conversationTurns` turn per line,
// as a bring-your-own-inference dataset (`prompt`, `referenceResponses`, `output`) or as a job's
// output (the same under `inputRecord`, with the judge scores in `results`).
import type { ColumnMapping, ContextChunk } from '../../shared/domain';
import { openBedrockJsonl } from './bedrock-dataset';
import { metricVerdicts, observeCustomMetrics, recordsIn } from './bedrock-output';
import { isRecord, putOwn } from './item-values';
import type { OpenContext, PreparedRow } from './reader';
import { rejectRow, type SourceRow } from './rows';
import type { ImportReader } from './types';
import { JudgeRegistry } from './verdicts';

const RAG_MAPPING: ColumnMapping = {
  request: 'conversationTurns[0].prompt',
  response: 'conversationTurns[0].output.text',
  expected_response: 'conversationTurns[0].referenceResponses',
  retrieved_context: 'conversationTurns[0].output.retrievedPassages',
};

/** Turn keys the reader gives a meaning to; any other key of a turn is kept as metadata. */
const TURN_KEYS = ['prompt', 'referenceResponses', 'output', 'inputRecord', 'results'];
const OUTPUT_KEYS = ['text', 'modelIdentifier', 'knowledgeBaseIdentifier', 'retrievedPassages', 'retrievedResults'];

export function isBedrockRagRow(row: Record<string, unknown>): boolean {
  return 'conversationTurns' in row;
}

export async function openBedrockRag(ctx: OpenContext): Promise<ImportReader> {
  const customScales = await observeCustomMetrics(ctx, (line) => recordsIn(onlyTurn(line)?.results));
  const judges = new JudgeRegistry();
  return openBedrockJsonl(
    ctx,
    (src) => {
      const prepared = ragItem(ctx.file.name, src);
      prepared.verdicts = metricVerdicts(
        ctx.file.name,
        src,
        recordsIn(turnOf(ctx.file.name, src).results),
        judges,
        customScales,
      );
      return prepared;
    },
    RAG_MAPPING,
  );
}

function onlyTurn(line: Record<string, unknown>): Record<string, unknown> | null {
  const turns = line.conversationTurns;
  return Array.isArray(turns) && turns.length === 1 && isRecord(turns[0]) ? turns[0] : null;
}

/** A Bedrock RAG evaluation holds exactly one turn per prompt; anything else is refused, not guessed at. */
function turnOf(fileName: string, src: SourceRow): Record<string, unknown> {
  const turns = src.fields.conversationTurns;
  if (!Array.isArray(turns) || !isRecord(turns[0])) {
    throw rejectRow(fileName, src, 'expected "conversationTurns" to be a list holding one turn object');
  }
  if (turns.length > 1) {
    throw rejectRow(
      fileName,
      src,
      `"conversationTurns" holds ${turns.length} turns; expected one (Bedrock RAG evaluations take one turn per prompt)`,
    );
  }
  return turns[0];
}

function ragItem(fileName: string, src: SourceRow): PreparedRow {
  const turn = turnOf(fileName, src);
  // A job's output repeats the dataset record under `inputRecord`; the generated output may sit
  // beside it or inside it.
  const input = isRecord(turn.inputRecord) ? { ...turn.inputRecord, ...turn } : turn;
  const output = isRecord(input.output) ? input.output : {};
  const request = contentText(input.prompt);
  if (request === null) {
    throw rejectRow(fileName, src, 'expected conversationTurns[0].prompt.content[0].text (the question)');
  }
  const references = recordsIn(input.referenceResponses).map(contentText);
  const metadata: Record<string, unknown> = {};
  if (output.modelIdentifier !== undefined) metadata.model = output.modelIdentifier;
  if (output.knowledgeBaseIdentifier !== undefined) metadata.knowledge_base = output.knowledgeBaseIdentifier;
  if (references.length > 1) metadata.other_reference_responses = references.slice(1);
  for (const [key, value] of Object.entries(output)) {
    if (!OUTPUT_KEYS.includes(key)) putOwn(metadata, key, value);
  }
  for (const [key, value] of Object.entries(input)) {
    if (!TURN_KEYS.includes(key)) putOwn(metadata, key, value);
  }
  const { conversationTurns: _turns, ...fields } = src.fields;
  return {
    fields,
    item: {
      request,
      response: typeof output.text === 'string' ? output.text : null,
      expected_response: references[0] ?? null,
      retrieved_context: passages(output),
    },
    metadata,
  };
}

/** `{content: [{text}, …]}`: the text parts, one paragraph each. */
function contentText(value: unknown): string | null {
  if (!isRecord(value)) return null;
  const texts = recordsIn(value.content).flatMap((part) => (typeof part.text === 'string' ? [part.text] : []));
  return texts.length > 0 ? texts.join('\n\n') : null;
}

/** Retrieve-and-generate outputs list `retrievedPassages`, retrieve-only ones `retrievedResults`. */
function passages(output: Record<string, unknown>): ContextChunk[] | null {
  const found = isRecord(output.retrievedPassages) ? output.retrievedPassages : output.retrievedResults;
  if (!isRecord(found)) return null;
  return recordsIn(found.retrievalResults).map((result) => ({
    doc_uri: sourceUri(result),
    content: isRecord(result.content) && typeof result.content.text === 'string' ? result.content.text : '',
  }));
}

/**
 * Where a passage came from: its `location` (`s3Location.uri`, `webLocation.url`, …), else the
 * knowledge base's `x-amz-bedrock-kb-source-uri` metadata, else its `name`.
 */
function sourceUri(result: Record<string, unknown>): string | null {
  if (isRecord(result.location)) {
    for (const place of Object.values(result.location)) {
      if (!isRecord(place)) continue;
      const uri = place.uri ?? place.url;
      if (typeof uri === 'string') return uri;
    }
  }
  const metadata = isRecord(result.metadata) ? result.metadata : {};
  const uri = metadata['x-amz-bedrock-kb-source-uri'] ?? result.name;
  return typeof uri === 'string' ? uri : null;
}
