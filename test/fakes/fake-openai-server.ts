// A fake OpenAI chat-completions server on 127.0.0.1, speaking the wire format the `openai` SDK reads:
// POST /v1/chat/completions, Azure's POST /openai/deployments/{d}/chat/completions?api-version=…,
// GET /v1/models and Azure's GET /openai/models?api-version=…. Default replies follow fake-verdict.ts;
// `reply` scripts them, `behavior` injects latency, errors, hangs and malformed replies per request.
import {
  contentText,
  countWords,
  isRecord,
  json,
  respondWith,
  startFakeServer,
  type BehaviorFn,
  type FakeOutcome,
  type FakeResponse,
  type RecordedRequest,
} from './fake-http';
import { fakeVerdict } from './fake-verdict';

export interface FakeTokenLogprob {
  token: string;
  logprob: number;
  top?: { token: string; logprob: number }[];
}

export type FakeOpenAIReply =
  | string
  | {
      content: string;
      finishReason?: string;
      logprobs?: FakeTokenLogprob[];
      usage?: { prompt: number; completion: number };
    };

export interface FakeOpenAIOptions {
  /** Scripts the reply text; by default the fake-verdict.ts rule as JSON. */
  reply?: (request: RecordedRequest) => FakeOpenAIReply;
  behavior?: BehaviorFn;
  /** Model ids GET /models lists. */
  models?: string[];
  /** When set, requests without this key (Bearer or Azure `api-key`) get 401. */
  apiKey?: string;
  /** The 401 quotes the credentials it was sent, as some servers and proxies do. */
  echoCredentials?: boolean;
}

export interface FakeOpenAIServer {
  /** Base URL for the SDK: http://127.0.0.1:PORT/v1 */
  url: string;
  /** Azure endpoint: http://127.0.0.1:PORT */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  countsByPrompt: Map<string, number>;
  setBehavior(fn: BehaviorFn): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'invalid_request_error',
  403: 'permission_error',
  404: 'not_found_error',
  429: 'rate_limit_exceeded',
};

export async function startFakeOpenAI(options: FakeOpenAIOptions = {}): Promise<FakeOpenAIServer> {
  const models = options.models ?? ['gpt-4o-mini', 'fake-judge'];
  const server = await startFakeServer({
    behavior: options.behavior,
    handle(request, behavior, credentials) {
      const url = new URL(request.url, 'http://fake');
      const azure = url.pathname.startsWith('/openai/');
      if (azure && !url.searchParams.get('api-version')) {
        return openAIError({ kind: 'error', status: 404, message: 'Resource not found: api-version is missing' });
      }
      const key = azure ? credentials.apiKey : credentials.authorization?.replace(/^Bearer /, '');
      if (options.apiKey !== undefined && key !== options.apiKey) {
        const sent = `Authorization: ${credentials.authorization ?? '-'}, api-key: ${credentials.apiKey ?? '-'}`;
        const message = options.echoCredentials
          ? `Incorrect API key provided (${sent}).`
          : 'Incorrect API key provided.';
        return openAIError({ kind: 'error', status: 401, message });
      }
      if (request.method === 'GET' && (url.pathname === '/v1/models' || url.pathname === '/openai/models')) {
        return json(200, {
          object: 'list',
          data: models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
        });
      }
      const deployment = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname)?.[1];
      if (request.method === 'POST' && (url.pathname === '/v1/chat/completions' || deployment !== undefined)) {
        return respondWith(behavior.outcome ?? { kind: 'reply' }, {
          error: openAIError,
          reply: (malformed) =>
            completion(
              request,
              malformed ? 'This answer looks fine to me.' : (options.reply?.(request) ?? defaultReply(request)),
            ),
        });
      }
      return openAIError({ kind: 'error', status: 404, message: `No route for ${request.method} ${url.pathname}` });
    },
  });
  return { ...server, url: `${server.origin}/v1` };
}

function openAIError(outcome: Extract<FakeOutcome, { kind: 'error' }>): FakeResponse {
  const type = outcome.errorType ?? ERROR_TYPES[outcome.status] ?? 'server_error';
  const message = outcome.message ?? `Fake ${outcome.status} error`;
  return json(outcome.status, { error: { message, type, param: null, code: null } }, outcome.headers);
}

function completion(request: RecordedRequest, reply: FakeOpenAIReply): FakeResponse {
  const body = isRecord(request.body) ? request.body : {};
  const scripted = typeof reply === 'string' ? { content: reply } : reply;
  const topCount = typeof body['top_logprobs'] === 'number' ? body['top_logprobs'] : 0;
  const logprobs =
    body['logprobs'] === true ? (scripted.logprobs ?? defaultLogprobs(scripted.content, topCount)) : null;
  const usage = scripted.usage ?? { prompt: promptWords(body), completion: countWords(scripted.content) };
  return json(200, {
    id: `chatcmpl-fake-${request.index}`,
    object: 'chat.completion',
    created: Math.floor(request.receivedAt / 1000),
    model: typeof body['model'] === 'string' ? body['model'] : 'fake',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: scripted.content, refusal: null },
        logprobs: logprobs && {
          content: logprobs.map((entry) => ({
            token: entry.token,
            logprob: entry.logprob,
            bytes: [...Buffer.from(entry.token)],
            top_logprobs: (entry.top ?? []).map((top) => ({ ...top, bytes: [...Buffer.from(top.token)] })),
          })),
        },
        finish_reason: scripted.finishReason ?? 'stop',
      },
    ],
    usage: {
      prompt_tokens: usage.prompt,
      completion_tokens: usage.completion,
      total_tokens: usage.prompt + usage.completion,
    },
  });
}

/** The fake-verdict.ts rule, shaped by `response_format.json_schema.schema` when the request has one. */
/** The reply a fake judge gives by default: the fake-verdict.ts rule, fitting the requested schema. */
export function defaultReply(request: RecordedRequest): string {
  const format = isRecord(request.body) ? request.body['response_format'] : undefined;
  const jsonSchema = isRecord(format) && format['type'] === 'json_schema' ? format['json_schema'] : undefined;
  const schema = isRecord(jsonSchema) ? jsonSchema['schema'] : undefined;
  return JSON.stringify(fakeVerdict(request.prompt ?? '', schema));
}

/**
 * Default log-probabilities: the reply split into digit runs, letter runs and single other characters.
 * A digit token d is 60% likely, with d+1 at 30% and d−1 at 10% as the alternatives (a judge unsure
 * between neighbouring scores); any other token is certain. `top` holds at most `topCount` entries.
 */
function defaultLogprobs(content: string, topCount: number): FakeTokenLogprob[] {
  return (content.match(/\d+|\p{L}+|[^\d\p{L}]/gu) ?? []).map((token) => {
    const digit = /^\d$/.test(token) ? Number(token) : null;
    const top =
      digit === null
        ? [{ token, logprob: 0 }]
        : [
            { token, logprob: Math.log(0.6) },
            { token: String((digit + 1) % 10), logprob: Math.log(0.3) },
            { token: String((digit + 9) % 10), logprob: Math.log(0.1) },
          ];
    return { token, logprob: top[0]?.logprob ?? 0, top: top.slice(0, topCount) };
  });
}

function promptWords(body: Record<string, unknown>): number {
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  return messages.reduce<number>(
    (sum, message) => sum + countWords(isRecord(message) ? contentText(message['content']) : ''),
    0,
  );
}
