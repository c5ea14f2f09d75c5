// The exact requests a judge sends for an item, so the UI can preview them and the runner send them.
//
// Layout: the system message holds the judge's role, the data-handling rules, the rubric (with each
// {{field}} turned into a [field] reference to a data block) and the output contract; the user message
// holds the item's material, each field fenced in its own <data name="…"> block (fence.ts). Few-shot
// examples come first as user/assistant turns (fewshot.ts).
import type { JudgeSpec } from '../../shared/judging';
import type { ChatRequest } from '../providers/types';
import { dataBlocks } from './data-blocks';
import { fewshotTurns } from './fewshot';
import { outputSchema } from './output-schema';
import { namedFields, PLACEHOLDERS, type Placeholder } from './placeholders';
import { systemPrompt, userMessage } from './prompt-text';
import { hasField, missingFieldMessage } from './requirements';
import { templateByName } from './templates';
import type { CallFocus, JudgeCall, JudgeInput } from './types';
import { validateSpec } from './validate-spec';

export interface RenderOptions {
  /**
   * False when the provider is known not to enforce JSON schemas: the request then carries none and
   * relies on the output contract written in the system prompt. Default true.
   */
  structuredOutput?: boolean;
}

export type BuiltRequests =
  /** `requests[i]` is `calls[i].request`; calls say what each request is for. */
  | { ok: true; requests: ChatRequest[]; calls: JudgeCall[] }
  /** The judge cannot be applied to this item (invalid spec, missing field): nothing is sent. */
  | { ok: false; problem: string };

/** OpenAI's maximum: the more alternatives, the more of the distribution over answers is seen. */
const TOP_LOGPROBS = 20;

/** Fields the mode always shows, whether or not the rubric names them. */
const MODE_FIELDS: Record<JudgeSpec['mode'], Placeholder[]> = {
  item: [],
  per_chunk: ['retrieved_context'],
  per_guideline: ['guidelines'],
  pairwise: ['response'],
};

function shownFields(spec: JudgeSpec): Placeholder[] {
  const shown = new Set([...namedFields(spec.instructions), ...MODE_FIELDS[spec.mode]]);
  return PLACEHOLDERS.filter((field) => shown.has(field));
}

function inputProblem(spec: JudgeSpec, input: JudgeInput): string | null {
  const judge = spec.template ?? 'this judge';
  if (spec.mode === 'per_chunk' && !hasField(input.item, 'retrieved_context')) {
    return `no retrieved context: ${judge} judges each retrieved chunk, and this item has none`;
  }
  if (spec.mode === 'pairwise' && !input.pairwise) {
    return `missing field: ${judge} compares two responses (A and B), and none were given`;
  }
  const template = spec.template === null ? undefined : templateByName(spec.template);
  return missingFieldMessage(judge, input.item, template?.requires ?? []);
}

function callsFor(spec: JudgeSpec, input: JudgeInput): { focus: CallFocus; purpose: string }[] {
  switch (spec.mode) {
    case 'item':
      return [{ focus: { kind: 'item' }, purpose: 'item' }];
    case 'per_chunk': {
      const chunks = input.item.retrieved_context ?? [];
      return chunks.map((chunk, index) => ({
        focus: { kind: 'chunk', index },
        purpose: `chunk ${index + 1} of ${chunks.length}${chunk.doc_uri ? ` (${chunk.doc_uri})` : ''}`,
      }));
    }
    case 'per_guideline':
      return Object.entries(spec.guidelines ?? {}).map(([name, rules]) => ({
        focus: { kind: 'guideline', name, rules },
        purpose: `guideline "${name}"`,
      }));
    case 'pairwise': {
      const { a, b } = input.pairwise ?? { a: '', b: '' };
      return [
        { focus: { kind: 'pairwise', first: a, second: b, swapped: false }, purpose: 'A shown first' },
        {
          focus: { kind: 'pairwise', first: b, second: a, swapped: true },
          purpose: 'B shown first (positions swapped)',
        },
      ];
    }
  }
}

export function buildRequests(spec: JudgeSpec, input: JudgeInput, options: RenderOptions = {}): BuiltRequests {
  if (spec.kind === 'heuristic') return { ok: false, problem: 'heuristic judges send no requests: they score offline' };
  const problems = validateSpec(spec);
  const missing = inputProblem(spec, input);
  if (missing !== null) problems.push(missing);
  if (problems.length > 0) return { ok: false, problem: problems.join('; ') };

  const fields = shownFields(spec);
  const examples = fewshotTurns(spec, fields);
  const system = systemPrompt(spec, examples.length > 0);
  const calls = callsFor(spec, input).map(({ focus, purpose }): JudgeCall => ({
    focus,
    purpose,
    request: {
      model: spec.model ?? '',
      system,
      messages: [...examples, { role: 'user', content: userMessage(dataBlocks(fields, input.item, focus)) }],
      schema: options.structuredOutput === false ? null : outputSchema(spec.outputType),
      maxTokens: spec.params.maxTokens,
      temperature: spec.params.temperature,
      topP: spec.params.topP,
      topLogprobs: spec.params.logprobs ? TOP_LOGPROBS : null,
    },
  }));
  return { ok: true, calls, requests: calls.map((call) => call.request) };
}
