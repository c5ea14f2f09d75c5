// A fake Amazon Bedrock runtime on 127.0.0.1 speaking the Converse wire format the AWS SDK reads:
// POST /model/{modelId}/converse and GET /async-invoke (the free call a connection test makes);
// behaviours apply to both.
// Every request must carry a SigV4 Authorization header, as the real service requires; errors carry
// `x-amzn-ErrorType`, the header the SDK's REST-JSON deserializer reads the exception name from first,
// and a `{"message"}` body. Default replies follow fake-verdict.ts: forced tool use gets a toolUse
// block whose input fits the tool's schema, anything else a text block with the verdict as JSON.
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

/** A string is parsed as the tool input when a tool is forced (sent as text if it isn't JSON). */
export type FakeBedrockReply = string | ScriptedReply;

interface ScriptedReply {
  text?: string;
  toolInput?: Record<string, unknown>;
  stopReason?: string;
}

export interface FakeBedrockOptions {
  reply?: (request: RecordedRequest) => FakeBedrockReply;
  behavior?: BehaviorFn;
  /** Speak HTTP/1.1 only (a gateway in front of Bedrock); the SDK's HTTP/2 handler would fail here. */
  http1Only?: boolean;
}

export interface FakeBedrockServer {
  /** Endpoint for the SDK: http://127.0.0.1:PORT */
  url: string;
  port: number;
  requests: RecordedRequest[];
  countsByPrompt: Map<string, number>;
  setBehavior(fn: BehaviorFn): void;
  close(): Promise<void>;
}

/** The exception Bedrock names for a status, and its usual message. */
const EXCEPTIONS: Record<number, [string, string]> = {
  400: ['ValidationException', 'Malformed input request'],
  403: ['AccessDeniedException', 'You do not have access to the model'],
  404: ['ResourceNotFoundException', 'The model was not found'],
  408: ['ModelTimeoutException', 'Model took too long to respond'],
  424: ['ModelErrorException', 'The model failed to process the request'],
  429: ['ThrottlingException', 'Too many requests'],
  500: ['InternalServerException', 'Internal server error'],
  503: ['ServiceUnavailableException', 'Service unavailable'],
};

export async function startFakeBedrock(options: FakeBedrockOptions = {}): Promise<FakeBedrockServer> {
  const server = await startFakeServer({
    behavior: options.behavior,
    http1Only: options.http1Only,
    handle(request, behavior) {
      if (request.sigV4 === null) {
        return awsError({ kind: 'error', status: 403, message: 'Missing or malformed SigV4 Authorization header' });
      }
      const path = new URL(request.url, 'http://fake').pathname;
      const listing = request.method === 'GET' && path === '/async-invoke';
      if (!listing && (request.method !== 'POST' || !/^\/model\/[^/]+\/converse$/.test(path))) {
        return awsError({ kind: 'error', status: 404, errorType: 'UnknownOperationException', message: path });
      }
      return respondWith(behavior.outcome ?? { kind: 'reply' }, {
        error: awsError,
        reply: (malformed) =>
          listing
            ? json(200, { asyncInvokeSummaries: [] })
            : converse(
                request,
                malformed ? 'This answer looks fine to me.' : options.reply?.(request),
                behavior.latencyMs ?? 0,
              ),
      });
    },
  });
  return { ...server, url: server.origin };
}

function awsError(outcome: Extract<FakeOutcome, { kind: 'error' }>): FakeResponse {
  const [type, message] = EXCEPTIONS[outcome.status] ?? ['InternalServerException', 'Internal server error'];
  return json(
    outcome.status,
    { message: outcome.message ?? message },
    { 'x-amzn-errortype': outcome.errorType ?? type, 'x-amzn-requestid': 'fake-request', ...outcome.headers },
  );
}

function converse(request: RecordedRequest, scripted: FakeBedrockReply | undefined, latencyMs: number): FakeResponse {
  const body = isRecord(request.body) ? request.body : {};
  const tool = forcedTool(body);
  const reply = typeof scripted === 'string' ? fromString(scripted, tool !== null) : (scripted ?? {});
  const toolInput =
    reply.toolInput ?? (tool && reply.text === undefined ? fakeVerdict(request.prompt ?? '', tool.schema) : undefined);
  const text = reply.text ?? (toolInput ? undefined : JSON.stringify(fakeVerdict(request.prompt ?? '', null)));
  const content = [
    ...(text === undefined ? [] : [{ text }]),
    ...(toolInput === undefined
      ? []
      : [{ toolUse: { toolUseId: `tooluse_fake_${request.index}`, name: tool?.name ?? 'tool', input: toolInput } }]),
  ];
  const inputTokens = countWords(allText(body));
  const outputTokens = countWords(text ?? JSON.stringify(toolInput));
  return json(200, {
    output: { message: { role: 'assistant', content } },
    stopReason: reply.stopReason ?? (toolInput ? 'tool_use' : 'end_turn'),
    usage: { inputTokens, outputTokens, totalTokens: inputTokens + outputTokens },
    metrics: { latencyMs },
  });
}

function fromString(reply: string, toolForced: boolean): ScriptedReply {
  if (!toolForced) return { text: reply };
  try {
    const parsed: unknown = JSON.parse(reply);
    return isRecord(parsed) ? { toolInput: parsed } : { text: reply };
  } catch {
    return { text: reply };
  }
}

/** The tool named by `toolChoice.tool`, with its input schema. */
function forcedTool(body: Record<string, unknown>): { name: string; schema: unknown } | null {
  const config = isRecord(body['toolConfig']) ? body['toolConfig'] : {};
  const choice = isRecord(config['toolChoice']) ? config['toolChoice']['tool'] : undefined;
  const name = isRecord(choice) ? choice['name'] : undefined;
  if (typeof name !== 'string') return null;
  const tools = Array.isArray(config['tools']) ? config['tools'] : [];
  const spec = tools
    .map((tool) => (isRecord(tool) ? tool['toolSpec'] : undefined))
    .find((candidate) => isRecord(candidate) && candidate['name'] === name);
  const inputSchema = isRecord(spec) ? spec['inputSchema'] : undefined;
  return { name, schema: isRecord(inputSchema) ? inputSchema['json'] : undefined };
}

function allText(body: Record<string, unknown>): string {
  const messages = Array.isArray(body['messages']) ? body['messages'] : [];
  return [
    contentText(body['system']),
    ...messages.map((message) => (isRecord(message) ? contentText(message['content']) : '')),
  ].join(' ');
}
