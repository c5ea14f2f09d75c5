// The output contract: the JSON object a judge must reply with, as a JSON schema for structured
// output (OpenAI strict mode: every property required, no others) and as text for the system prompt.
// The justification comes first so the model reasons before it commits to a verdict.
import type { OutputType } from '../../shared/domain';
import { isWholeScale, listedScores, rangeText } from './scale';

export type AnswerField = 'score' | 'verdict' | 'label';

export const YES_NO = ['yes', 'no'] as const;

export function answerField(outputType: OutputType): AnswerField {
  return outputType.kind === 'scale' ? 'score' : outputType.kind === 'pass_fail' ? 'verdict' : 'label';
}

/** What a valid answer is, in words: `an integer from 1 to 5`, `"yes" or "no"`, `one of "A", "B", "tie"`. */
export function describeAnswer(outputType: OutputType): string {
  switch (outputType.kind) {
    case 'scale':
      return `${isWholeScale(outputType) ? 'an integer' : 'a number'} from ${outputType.min} to ${outputType.max}`;
    case 'pass_fail':
      return '"yes" or "no"';
    case 'categories':
      return `one of ${outputType.categories.map((c) => JSON.stringify(c)).join(', ')}`;
  }
}

function answerSchema(outputType: OutputType): Record<string, unknown> {
  const description = `The verdict that follows from the justification: ${describeAnswer(outputType)}.`;
  switch (outputType.kind) {
    case 'scale': {
      const scores = listedScores(outputType);
      const type = isWholeScale(outputType) ? 'integer' : 'number';
      return scores
        ? { type, enum: scores, description }
        : { type, description: `${description} (${rangeText(outputType)})` };
    }
    case 'pass_fail':
      return { type: 'string', enum: [...YES_NO], description };
    case 'categories':
      return { type: 'string', enum: [...outputType.categories], description };
  }
}

export function outputSchema(outputType: OutputType): { name: string; schema: Record<string, unknown> } {
  return {
    name: 'judge_verdict',
    schema: {
      type: 'object',
      properties: {
        justification: {
          type: 'string',
          description: 'Step-by-step reasoning about the material against the rubric, written before the verdict.',
        },
        [answerField(outputType)]: answerSchema(outputType),
      },
      required: ['justification', answerField(outputType)],
      additionalProperties: false,
    },
  };
}

/** The reply a judge should give, as JSON text in the contract's key order (few-shot answers). */
export function verdictJson(outputType: OutputType, justification: string, answer: number | string): string {
  return JSON.stringify({ justification, [answerField(outputType)]: answer });
}

/** The answer-format section of the system prompt. */
export function outputContract(outputType: OutputType): string {
  const field = answerField(outputType);
  const shape = `{"justification": "<your reasoning>", "${field}": <${describeAnswer(outputType)}>}`;
  return [
    'Reply with exactly one JSON object and nothing else:',
    shape,
    'Write the justification first: reason step by step about the material against the rubric, citing the passages ' +
      `that decide it. Then give the ${field} that follows from that reasoning; it must be ${describeAnswer(outputType)}.`,
  ].join('\n');
}
