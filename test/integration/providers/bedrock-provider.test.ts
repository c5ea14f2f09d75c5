// The Bedrock provider through the real AWS SDK (SigV4 signing, its HTTP/2 handler, its error
// deserializer) against the fake Converse server.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bedrockClientConfig } from '../../../electron/providers/bedrock-client';
import { BedrockProvider } from '../../../electron/providers/bedrock-provider';
import { startFakeBedrock, type FakeBedrockServer } from '../../fakes/fake-bedrock-server';
import { fakeVerdict } from '../../fakes/fake-verdict';
import { chatRequest, closedPort, never, providerConfig, providerError, VERDICT_SCHEMA } from './helpers';

const MODEL = 'anthropic.claude-3-5-haiku-20241022-v1:0';
const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

let fake: FakeBedrockServer;

beforeEach(async () => {
  fake = await startFakeBedrock();
});

afterEach(async () => {
  await fake.close();
});

function bedrock(options: { timeoutMs?: number; endpoint?: string } = {}) {
  const config = providerConfig('bedrock', { region: 'us-east-1', endpoint: options.endpoint ?? fake.url });
  const client = new BedrockRuntimeClient({ ...bedrockClientConfig(config), credentials: CREDENTIALS });
  return new BedrockProvider(client, { timeoutMs: options.timeoutMs ?? 5_000 });
}

const request = (fields: Parameters<typeof chatRequest>[0] = {}) => chatRequest({ model: MODEL, ...fields });
const lastBody = () => fake.requests.at(-1)?.body as Record<string, unknown>;

describe('Bedrock provider', () => {
  it('sends a SigV4-signed Converse request and reads text, usage, stop reason and latency', async () => {
    fake.setBehavior(() => ({ latencyMs: 40 }));
    const chat = request({ topP: 0.5 });
    const response = await bedrock().chat(chat, never);

    const prompt = chat.messages[0]?.content ?? '';
    expect(JSON.parse(response.text)).toEqual(fakeVerdict(prompt, null));
    expect(response).toMatchObject({ structured: false, stopReason: 'end_turn', truncated: false, logprobs: null });
    expect(response.latencyMs).toBe(40);
    expect(response.inputTokens).toBe(5 + prompt.split(' ').length);
    expect(response.outputTokens).toBeGreaterThan(0);

    const [sent] = fake.requests;
    expect(sent?.method).toBe('POST');
    expect(decodeURIComponent(sent?.url ?? '')).toBe(`/model/${MODEL}/converse`);
    expect(sent?.hasAuthorization).toBe(true);
    expect(sent?.sigV4).toMatchObject({ accessKeyId: 'AKIDEXAMPLE', region: 'us-east-1', service: 'bedrock' });
    expect(sent?.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(sent?.body).toEqual({
      system: [{ text: 'You are a strict judge.' }],
      messages: [{ role: 'user', content: [{ text: prompt }] }],
      inferenceConfig: { maxTokens: 256, temperature: 0, topP: 0.5 },
    });
  });

  it('forces tool use for a schema and returns the tool input as structured JSON text', async () => {
    const chat = request({ schema: VERDICT_SCHEMA });
    const response = await bedrock().chat(chat, never);
    expect(lastBody()['toolConfig']).toEqual({
      tools: [
        {
          toolSpec: {
            name: 'verdict',
            description: expect.any(String),
            inputSchema: { json: VERDICT_SCHEMA.schema },
          },
        },
      ],
      toolChoice: { tool: { name: 'verdict' } },
    });
    expect(response).toMatchObject({ structured: true, stopReason: 'tool_use' });
    expect(JSON.parse(response.text)).toEqual(fakeVerdict(chat.messages[0]?.content ?? '', VERDICT_SCHEMA.schema));
  });

  it('falls back to text when the model answers without the tool', async () => {
    await fake.close();
    fake = await startFakeBedrock({ reply: () => 'I think it deserves a 4.' });
    const response = await bedrock().chat(request({ schema: VERDICT_SCHEMA }), never);
    expect(response).toMatchObject({ structured: false, text: 'I think it deserves a 4.' });
  });

  it('reports max_tokens as truncated', async () => {
    await fake.close();
    fake = await startFakeBedrock({ reply: () => ({ text: '{"score": 3, "just', stopReason: 'max_tokens' }) });
    const response = await bedrock().chat(request(), never);
    expect(response).toMatchObject({ text: '{"score": 3, "just', stopReason: 'max_tokens', truncated: true });
  });

  it('resends once without tools to a model that refuses forced tool use, and remembers', async () => {
    fake.setBehavior((body) =>
      (body as Record<string, unknown>)['toolConfig']
        ? {
            outcome: {
              kind: 'error',
              status: 400,
              message:
                "This model doesn't support the toolConfig.toolChoice.tool field. Remove toolConfig.toolChoice.tool and try again.",
            },
          }
        : {},
    );
    const provider = bedrock();
    expect((await provider.chat(request({ schema: VERDICT_SCHEMA }), never)).structured).toBe(false);
    expect((await provider.chat(request({ schema: VERDICT_SCHEMA }), never)).structured).toBe(false);
    expect(fake.requests.map((sent) => 'toolConfig' in (sent.body as object))).toEqual([true, false, false]);
  });
});

describe('Bedrock provider errors', () => {
  it('maps ThrottlingException to rate_limited, sending once', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 429 } }));
    const error = await providerError(bedrock().chat(request(), never));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(error.message).toBe('ThrottlingException: Too many requests');
    expect(error.options).toMatchObject({ status: 429, retryAfterMs: undefined });
    expect(fake.requests).toHaveLength(1);
  });

  it('reads a retry-after header on throttling', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 429, headers: { 'retry-after': '3' } } }));
    const error = await providerError(bedrock().chat(request(), never));
    expect(error.options.retryAfterMs).toBe(3000);
  });

  it.each([
    [503, 'ServiceUnavailableException', 'server'],
    [500, 'InternalServerException', 'server'],
    [429, 'ModelNotReadyException', 'server'],
    [424, 'ModelErrorException', 'server'],
    [408, 'ModelTimeoutException', 'timeout'],
    [400, 'ValidationException', 'invalid'],
    [404, 'ResourceNotFoundException', 'invalid'],
    [403, 'AccessDeniedException', 'auth'],
    [403, 'UnrecognizedClientException', 'auth'],
  ] as const)('maps %i %s to %s, sending once', async (status, errorType, kind) => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status, errorType } }));
    const error = await providerError(bedrock().chat(request(), never));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(new RegExp(`^${errorType}: `));
    expect(fake.requests).toHaveLength(1);
  });

  it('times out on a server that never answers', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'hang' } }));
    const started = Date.now();
    const error = await providerError(bedrock({ timeoutMs: 300 }).chat(request(), never));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out on a reply that stalls after its headers', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'stall' } }));
    const error = await providerError(bedrock({ timeoutMs: 300 }).chat(request(), never));
    expect(error.kind).toBe('timeout');
  });

  it('stops a request when its signal aborts', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'hang' } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await providerError(bedrock().chat(request(), controller.signal));
    expect(error.kind).toBe('aborted');
  });

  it('maps a refused connection to network', async () => {
    const provider = bedrock({ endpoint: `http://127.0.0.1:${await closedPort()}` });
    const error = await providerError(provider.chat(request(), never));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a body that is not JSON to server', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'malformed-body' } }));
    const error = await providerError(bedrock().chat(request(), never));
    expect(error.kind).toBe('server');
  });
});

describe('Bedrock testConnection', () => {
  it('proves region, endpoint and credentials with the free ListAsyncInvokes call', async () => {
    const result = await bedrock().testConnection(never);
    expect(result).toEqual({ ok: true, message: expect.stringContaining('us-east-1'), models: [] });
    expect(fake.requests[0]).toMatchObject({ method: 'GET', url: '/async-invoke?maxResults=1' });
  });

  it('counts AccessDenied as accepted credentials', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 403 } }));
    expect((await bedrock().testConnection(never)).ok).toBe(true);
  });

  it('fails on unrecognized credentials', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 403, errorType: 'UnrecognizedClientException' } }));
    const result = await bedrock().testConnection(never);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Authentication failed at Amazon Bedrock in us-east-1/);
  });

  it('fails on an unreachable endpoint', async () => {
    const result = await bedrock({ endpoint: `http://127.0.0.1:${await closedPort()}` }).testConnection(never);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Could not reach Amazon Bedrock in us-east-1/);
  });
});
