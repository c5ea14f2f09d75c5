// Few-shot examples become prior conversation turns: a user turn with the example's material fenced
// exactly like the real item's, then an assistant turn with the verdict as the contract's JSON. With
// structured output the model sees, in its own voice, replies of the very shape the schema demands.
import type { ItemFields } from '../../shared/domain';
import type { FewShotExample, JudgeSpec } from '../../shared/judging';
import type { ChatMessage } from '../providers/types';
import { readAnswerValue } from './answer-values';
import { dataBlocks } from './data-blocks';
import { answerField, verdictJson } from './output-schema';
import { verdictForPass } from './pass-rule';
import type { Placeholder } from './placeholders';
import { userMessage } from './prompt-text';

type ExampleAnswer = { ok: true; answer: number | string } | { ok: false; problem: string };

/** The answer an example teaches, checked against the judge's output type. */
export function exampleAnswer(
  example: FewShotExample,
  spec: Pick<JudgeSpec, 'outputType' | 'greaterIsBetter'>,
): ExampleAnswer {
  const { outputType } = spec;
  const given =
    outputType.kind === 'scale'
      ? example.score
      : outputType.kind === 'pass_fail' && example.label === null && example.pass !== null
        ? verdictForPass(example.pass, spec.greaterIsBetter)
        : example.label;
  if (given === null) return { ok: false, problem: `no ${answerField(outputType)} given` };
  const reading = readAnswerValue(given, outputType);
  if (!reading.ok) return { ok: false, problem: reading.error };
  return { ok: true, answer: reading.score ?? reading.label ?? '' };
}

function exampleItem(example: FewShotExample): ItemFields {
  return {
    request: example.request,
    response: example.response,
    expected_response: example.expected_response,
    expected_facts: null,
    guidelines: null,
    retrieved_context: example.context === null ? null : [{ doc_uri: null, content: example.context }],
    metadata: {},
  };
}

/**
 * The examples as user/assistant turns, showing the same fields as the real item. An example without
 * a valid answer is left out here; validateSpec reports it, and a spec with problems is never run.
 */
export function fewshotTurns(spec: JudgeSpec, fields: readonly Placeholder[]): ChatMessage[] {
  return spec.fewshot.flatMap((example): ChatMessage[] => {
    const answer = exampleAnswer(example, spec);
    if (!answer.ok) return [];
    return [
      { role: 'user', content: userMessage(dataBlocks(fields, exampleItem(example), { kind: 'item' })) },
      { role: 'assistant', content: verdictJson(spec.outputType, example.justification, answer.answer) },
    ];
  });
}
