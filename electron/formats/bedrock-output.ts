// Amazon Bedrock evaluation output (`*_output.jsonl`): per line the judge scores
// (`automatedEvaluationResult`) or human ratings (`humanEvaluationResult`), the input record and
// the model responses.
import type { ColumnUse, OutputType } from '../../shared/domain';
import { bedrockItem, modelAnswers, openBedrockJsonl } from './bedrock-dataset';
import { humanLabels } from './bedrock-human';
import { isRecord, toText } from './item-values';
import { jsonlRows } from './jsonl';
import type { OpenContext } from './reader';
import { rejectRow, type SourceRow } from './rows';
import type { ImportReader, ImportedVerdict } from './types';
import { doneVerdict, JudgeRegistry, ObservedScale, scale } from './verdicts';

export function isBedrockOutputRow(row: Record<string, unknown>): boolean {
  return 'automatedEvaluationResult' in row || 'humanEvaluationResult' in row;
}

export async function openBedrockOutput(ctx: OpenContext): Promise<ImportReader> {
  const customScales = await observeCustomMetrics(ctx, (line) => scoresOf(line.automatedEvaluationResult));
  const judges = new JudgeRegistry();
  return openBedrockJsonl(
    ctx,
    (src) => {
      const { automatedEvaluationResult, humanEvaluationResult, inputRecord, modelResponses, ...rest } = src.fields;
      const input = isRecord(inputRecord) ? inputRecord : {};
      // The input record and the line itself may each carry the prompt and the responses.
      const responses = modelResponses ?? input.modelResponses;
      const prepared = bedrockItem({ ...rest, ...input }, responses);
      prepared.answers = modelAnswers(ctx.file.name, src, responses);
      prepared.verdicts = metricVerdicts(ctx.file.name, src, scoresOf(automatedEvaluationResult), judges, customScales);
      prepared.labels = humanLabels(
        ctx.file.name,
        src,
        humanEvaluationResult,
        Array.isArray(responses) ? responses.length : 1,
      );
      return prepared;
    },
    undefined,
    OUTPUT_USES,
  );
}

/** What an output line's own fields become (the input record's fields are read like a dataset line's). */
const OUTPUT_USES: readonly ColumnUse[] = [
  { column: 'automatedEvaluationResult', use: 'verdict', detail: 'each metric score and explanation a judge verdict' },
  { column: 'humanEvaluationResult', use: 'label', detail: 'each human answer a label' },
  { column: 'inputRecord', use: 'field', detail: 'prompt, reference and model responses read from it' },
];

function scoresOf(result: unknown): Record<string, unknown>[] {
  return isRecord(result) ? recordsIn(result.scores) : [];
}

export function recordsIn(list: unknown): Record<string, unknown>[] {
  return Array.isArray(list) ? list.filter(isRecord) : [];
}

/** One verdict per scored metric (`{metricName, result, evaluatorDetails}`); not-applicable ones give none. */
export function metricVerdicts(
  fileName: string,
  src: SourceRow,
  scores: Record<string, unknown>[],
  judges: JudgeRegistry,
  customScales: Map<string, OutputType>,
): ImportedVerdict[] {
  return scores.flatMap((score) => {
    const verdict = verdictOf(fileName, src, score, judges, customScales);
    return verdict ? [verdict] : [];
  });
}

const isBuiltin = (metricName: string) => metricName.startsWith('Builtin.');

/**
 * Built-in metrics are scored 0–1. A custom metric's scale is in the job definition, not the
 * output, so it is read from the values the file holds (an output file has at most 1,000 lines).
 */
export async function observeCustomMetrics(
  ctx: OpenContext,
  scoresOfLine: (line: Record<string, unknown>) => Record<string, unknown>[],
): Promise<Map<string, OutputType>> {
  const scales = new Map<string, ObservedScale>();
  for await (const batch of jsonlRows(ctx.file)) {
    for (const src of batch) {
      for (const score of scoresOfLine(src.fields)) {
        const name = score.metricName;
        if (typeof name !== 'string' || isBuiltin(name)) continue;
        let seen = scales.get(name);
        if (seen === undefined) scales.set(name, (seen = new ObservedScale()));
        seen.add(numeric(score.result));
      }
    }
  }
  return new Map([...scales].map(([name, seen]) => [name, seen.outputType()]));
}

/** Numbers stay numbers, numeric strings become numbers, other strings stay labels. */
function numeric(value: unknown): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}

function verdictOf(
  fileName: string,
  src: SourceRow,
  score: Record<string, unknown>,
  judges: JudgeRegistry,
  customScales: Map<string, OutputType>,
): ImportedVerdict | null {
  const name = score.metricName;
  if (typeof name !== 'string') {
    throw rejectRow(fileName, src, 'expected a "metricName" in each metric score');
  }
  const result = numeric(score.result);
  // null means "not applicable": no verdict at all, never a 0.
  if (result === null || result === undefined) return null;
  if (typeof result !== 'number' && typeof result !== 'string') {
    throw rejectRow(
      fileName,
      src,
      `expected a number or null as the result of "${name}", found ${JSON.stringify(result)}`,
    );
  }
  const details = Array.isArray(score.evaluatorDetails) ? score.evaluatorDetails : [];
  const evaluator = isRecord(details[0]) ? details[0] : {};
  const judge = judges.get({
    name,
    version: null,
    outputType: isBuiltin(name) ? scale(0, 1) : (customScales.get(name) ?? scale(0, 1)),
    kind: 'llm',
    model: toText(evaluator.modelIdentifier),
    instructions: null,
  });
  return doneVerdict(judge, {
    score: typeof result === 'number' ? result : null,
    label: typeof result === 'string' ? result : null,
    justification: toText(evaluator.explanation),
  });
}
