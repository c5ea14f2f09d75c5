// Fixtures for the judging tests: a full item, specs made from templates, and a fake `chat`.
import type { ItemFields } from '../../../shared/domain';
import { DEFAULT_PARAMS, type FewShotExample, type JudgeSpec, type VerdictResult } from '../../../shared/judging';
import type { JudgeDeps } from '../../../electron/judging/evaluate';
import { templateByName } from '../../../electron/judging/templates';
import type { ChatRequest, ChatResponse, TokenLogprob } from '../../../electron/providers/types';

export const fullItem: ItemFields = {
  request: 'What is MLflow?',
  response: 'MLflow is an open-source platform for the machine learning lifecycle.',
  expected_response: 'MLflow is an open-source platform for managing the end-to-end ML lifecycle.',
  expected_facts: ['MLflow is open source', 'MLflow manages the ML lifecycle'],
  guidelines: ['Answer in English', 'Be concise'],
  retrieved_context: [
    { doc_uri: 'docs/mlflow.md', content: 'MLflow is an open-source platform for the ML lifecycle.' },
    { doc_uri: null, content: 'Spark is a distributed compute engine.' },
  ],
  metadata: {},
};

export const GLOBAL_GUIDELINES = { language: ['Respond in English'], tone: ['Be courteous', 'Avoid slang'] };

/** A runnable spec from a template (with a model, and guidelines where the mode needs them). */
export function specFrom(name: string, overrides: Partial<JudgeSpec> = {}): JudgeSpec {
  const template = templateByName(name);
  if (!template) throw new Error(`no template ${name}`);
  const llm = template.spec.kind === 'llm';
  return {
    ...template.spec,
    guidelines: template.spec.mode === 'per_guideline' ? GLOBAL_GUIDELINES : template.spec.guidelines,
    provider: llm ? 'openai' : null,
    model: llm ? 'gpt-4o-mini' : null,
    params: DEFAULT_PARAMS,
    fewshot: [],
    ...overrides,
  };
}

export function example(overrides: Partial<FewShotExample> = {}): FewShotExample {
  return {
    request: 'What is Delta Lake?',
    response: 'A storage layer for lakehouses.',
    expected_response: 'An open-source storage layer that brings ACID transactions to data lakes.',
    context: 'Delta Lake is an open-source storage layer.',
    score: null,
    label: null,
    pass: null,
    justification: 'Right idea, but it leaves out ACID transactions.',
    itemId: 1,
    labelId: 2,
    ...overrides,
  };
}

export function chatResponse(text: string, extra: Partial<ChatResponse> = {}): ChatResponse {
  return {
    text,
    structured: true,
    stopReason: 'stop',
    truncated: false,
    inputTokens: 100,
    outputTokens: 20,
    latencyMs: 5,
    logprobs: null,
    ...extra,
  };
}

/** A fake chat that answers each request with `reply(request, n)` (n counts calls from 0) and records them. */
export function fakeChat(reply: (request: ChatRequest, n: number) => string | ChatResponse) {
  const requests: ChatRequest[] = [];
  const chat = async (request: ChatRequest): Promise<ChatResponse> => {
    const answer = reply(request, requests.length);
    requests.push(request);
    return typeof answer === 'string' ? chatResponse(answer) : answer;
  };
  return { chat, requests };
}

export function deps(chat: JudgeDeps['chat'], scoreHeuristic: JudgeDeps['scoreHeuristic'] = unusedScorer): JudgeDeps {
  return { chat, scoreHeuristic };
}

function unusedScorer(): VerdictResult {
  throw new Error('no heuristic scorer expected');
}

/** Tokens of `text` split at the given cut points, with alternatives at the token starting at `at`. */
export function tokens(text: string, cuts: number[], at: number, top: [string, number][]): TokenLogprob[] {
  const bounds = [0, ...cuts, text.length];
  return bounds.slice(0, -1).map((start, i) => ({
    token: text.slice(start, bounds[i + 1]),
    logprob: start === at ? Math.log(top[0]?.[1] ?? 1) : 0,
    top: start === at ? top.map(([token, p]) => ({ token, logprob: Math.log(p) })) : [],
  }));
}

/** The user message of the last turn: the fenced material of the item. */
export function lastUserMessage(request: ChatRequest): string {
  return request.messages.at(-1)?.content ?? '';
}
