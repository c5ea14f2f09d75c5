// The loopback HTTP server under both fake model APIs: records every request, applies the scripted
// per-request behaviour (latency, error statuses, hangs, malformed bodies) and closes every socket on
// close(), so a test or benchmark never leaves a hanging connection behind. It speaks HTTP/1.1 (the
// `openai` SDK's fetch) and cleartext HTTP/2 (the Bedrock runtime client's default handler) on one
// port, telling them apart by the HTTP/2 connection preface.
import http from 'node:http';
import http2 from 'node:http2';
import net, { type AddressInfo, type Socket } from 'node:net';

/** Largest request body a fake accepts; anything bigger gets 413. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface RecordedRequest {
  /** Position among all requests this server received, from 0. */
  index: number;
  /** Date.now() when the request was fully read. */
  receivedAt: number;
  method: string;
  /** Path and query as sent. */
  url: string;
  /** Headers as received, without the values of `authorization` and `api-key`. */
  headers: Record<string, string>;
  hasAuthorization: boolean;
  /** Azure's key header. */
  hasApiKey: boolean;
  /** The credential scope of an `AWS4-HMAC-SHA256` Authorization header (no secret in it). */
  sigV4: SigV4Scope | null;
  /** The body parsed as JSON; null when empty or not JSON. */
  body: unknown;
  /** The last user message's text, for model calls. */
  prompt: string | null;
}

export interface SigV4Scope {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
}

/** The secret-bearing headers, handed to the API's handler for its auth check but never recorded. */
export interface Credentials {
  authorization: string | undefined;
  apiKey: string | undefined;
}

/** What a model call does instead of (or before) its normal reply. */
export type FakeOutcome =
  | { kind: 'reply' }
  /** An error reply in the API's own shape; `errorType` defaults to the API's name for the status. */
  | { kind: 'error'; status: number; errorType?: string; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer, until the client gives up or the server closes. */
  | { kind: 'hang' }
  /** Send 200 headers and half a body, then nothing. */
  | { kind: 'stall' }
  /** 200 application/json whose body is not JSON. */
  | { kind: 'malformed-body' }
  /** A well-formed reply whose text is not the JSON verdict a judge should give. */
  | { kind: 'malformed-content' };

export interface FakeBehavior {
  /** Wait this long before answering. */
  latencyMs?: number;
  outcome?: FakeOutcome;
  /** Added to whatever the reply is (rate-limit headers on every reply, say). */
  headers?: Record<string, string>;
}

/** Chooses a model call's behaviour from its parsed body and its request index. */
export type BehaviorFn = (body: unknown, index: number) => FakeBehavior;

export type FakeResponse =
  | { kind: 'send'; status: number; headers: Record<string, string>; body: string }
  | { kind: 'hang' }
  | { kind: 'stall' };

export interface FakeServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Requests per distinct prompt (the last user message). */
  countsByPrompt: Map<string, number>;
  setBehavior(fn: BehaviorFn): void;
  close(): Promise<void>;
}

export interface FakeServerOptions {
  /** Answers one request; `behavior` is what the BehaviorFn chose for it (ignored outside model calls). */
  handle(request: RecordedRequest, behavior: FakeBehavior, credentials: Credentials): FakeResponse;
  behavior?: BehaviorFn;
  /** Speak HTTP/1.1 only, as a corporate proxy or gateway does. */
  http1Only?: boolean;
}

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): FakeResponse => ({
  kind: 'send',
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

/**
 * Turns a behaviour into a response: the API-specific parts (its reply and error shapes) come from
 * `render`, the rest is the same for every API.
 */
export function respondWith(
  outcome: FakeOutcome,
  render: {
    reply(malformedContent: boolean): FakeResponse;
    error(outcome: Extract<FakeOutcome, { kind: 'error' }>): FakeResponse;
  },
): FakeResponse {
  switch (outcome.kind) {
    case 'reply':
      return render.reply(false);
    case 'malformed-content':
      return render.reply(true);
    case 'error':
      return render.error(outcome);
    case 'malformed-body':
      return { kind: 'send', status: 200, headers: { 'content-type': 'application/json' }, body: '{"id": "trunc' };
    case 'hang':
    case 'stall':
      return { kind: outcome.kind };
  }
}

export async function startFakeServer(options: FakeServerOptions): Promise<FakeServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const requests: RecordedRequest[] = [];
  const countsByPrompt = new Map<string, number>();
  let behavior: BehaviorFn = options.behavior ?? (() => ({}));

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // Set when the client gives up (timeout, abort) while the fake is waiting.
    let gone = false;
    res.on('close', () => {
      gone = true;
    });
    const send = (response: FakeResponse) => {
      if (!gone) write(res, response);
    };
    readBody(req)
      .then((raw) => {
        if (raw === null) return send(json(413, { message: 'request body too large' }));
        const body = parseJson(raw);
        const request = record(req, body, requests.length, lastUserText(body));
        requests.push(request);
        if (request.prompt !== null) {
          countsByPrompt.set(request.prompt, (countsByPrompt.get(request.prompt) ?? 0) + 1);
        }
        const chosen = behavior(body, request.index);
        const credentials = { authorization: header(req, 'authorization'), apiKey: header(req, 'api-key') };
        const answer = () => send(withHeaders(options.handle(request, chosen, credentials), chosen.headers));
        if (!chosen.latencyMs) return answer();
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, chosen.latencyMs);
        timers.add(timer);
      })
      .catch(() => res.destroy());
  };
  const http1 = http.createServer(onRequest);
  // The HTTP/2 compatibility API mirrors IncomingMessage and ServerResponse for what the fakes use.
  const h2c = http2.createServer(
    onRequest as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void,
  );
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      // HTTP/1.1 only: the HTTP/2 preface goes to the HTTP/1.1 parser, as with a plain http.createServer.
      const http2Preface = chunk.subarray(0, 4).toString('latin1') === 'PRI ' && !options.http1Only;
      (http2Preface ? h2c : http1).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    requests,
    countsByPrompt,
    setBehavior(fn) {
      behavior = fn;
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function withHeaders(response: FakeResponse, headers: Record<string, string> | undefined): FakeResponse {
  return response.kind === 'send' && headers ? { ...response, headers: { ...response.headers, ...headers } } : response;
}

function write(res: http.ServerResponse, response: FakeResponse): void {
  if (response.kind === 'hang') return;
  if (response.kind === 'stall') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"id": "stalled", "choices": [');
    return;
  }
  res.writeHead(response.status, response.headers);
  res.end(response.body);
}

/** The body as text, or null when it exceeds MAX_BODY_BYTES. */
async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

const SECRET_HEADERS = new Set(['authorization', 'api-key']);

function record(req: http.IncomingMessage, body: unknown, index: number, prompt: string | null): RecordedRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2 pseudo-headers (:method, :path…) are in method and url.
    if (value === undefined || SECRET_HEADERS.has(name) || name.startsWith(':')) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    index,
    receivedAt: Date.now(),
    method: req.method ?? 'GET',
    url: req.url ?? '/',
    headers,
    hasAuthorization: req.headers.authorization !== undefined,
    hasApiKey: req.headers['api-key'] !== undefined,
    sigV4: parseSigV4(header(req, 'authorization')),
    body,
    prompt,
  };
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseSigV4(authorization: string | undefined): SigV4Scope | null {
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]{64}$/.exec(
      authorization ?? '',
    );
  if (!match) return null;
  const [, accessKeyId = '', date = '', region = '', service = ''] = match;
  return { accessKeyId, date, region, service };
}

/** Whitespace-separated words: the fakes' stand-in for a token count. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A message's text: its content string, or its text parts (OpenAI) or blocks (Converse) joined. */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (isRecord(part) && typeof part['text'] === 'string' ? part['text'] : '')).join('');
}

/** The last user message's text: the prompt that countsByPrompt counts. */
function lastUserText(body: unknown): string | null {
  const messages = isRecord(body) && Array.isArray(body['messages']) ? body['messages'] : [];
  const last = messages.filter((message) => isRecord(message) && message['role'] === 'user').at(-1);
  return isRecord(last) ? contentText(last['content']) : null;
}
