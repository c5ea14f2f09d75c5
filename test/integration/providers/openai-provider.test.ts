// The OpenAI provider through the real `openai` SDK against the fake chat-completions server.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProvider } from '../../../electron/providers/create-provider';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/fake-openai-server';
import { fakeVerdict } from '../../fakes/fake-verdict';
import { chatRequest, closedPort, memoryKeys, never, providerConfig, providerError, VERDICT_SCHEMA } from './helpers';

let fake: FakeOpenAIServer;

beforeEach(async () => {
  fake = await startFakeOpenAI({ apiKey: 'sk-test' });
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await fake.close();
});

const openai = (limits: { timeoutMs?: number } = {}) =>
  createProvider(
    providerConfig('openai', {
      id: 'openai',
      baseUrl: fake.url,
      limits: { ...providerConfig('openai').limits, ...limits },
    }),
    memoryKeys({ openai: 'sk-test' }),
  );

const lastBody = () => fake.requests.at(-1)?.body as Record<string, unknown>;

describe('OpenAI provider', () => {
  it('sends a chat completion and reads text, usage and stop reason', async () => {
    const provider = await openai();
    const request = chatRequest();
    const response = await provider.chat(request, never);

    const prompt = request.messages[0]?.content ?? '';
    expect(JSON.parse(response.text)).toEqual(fakeVerdict(prompt, undefined));
    expect(response).toMatchObject({ structured: false, stopReason: 'stop', truncated: false, logprobs: null });
    expect(response.inputTokens).toBe(5 + prompt.split(' ').length);
    expect(response.outputTokens).toBeGreaterThan(0);
    expect(response.latencyMs).toBeGreaterThan(0);

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({ method: 'POST', url: '/v1/chat/completions', hasAuthorization: true });
    expect(fake.requests[0]?.headers['authorization']).toBeUndefined();
    expect(lastBody()).toEqual({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'You are a strict judge.' },
        { role: 'user', content: prompt },
      ],
      temperature: 0,
      max_completion_tokens: 256,
    });
    expect(fake.countsByPrompt.get(prompt)).toBe(1);
  });

  it('asks for strict json_schema output and marks the reply structured', async () => {
    const provider = await openai();
    const response = await provider.chat(chatRequest({ schema: VERDICT_SCHEMA, topP: 0.9 }), never);
    expect(lastBody()['response_format']).toEqual({
      type: 'json_schema',
      json_schema: { name: 'verdict', schema: VERDICT_SCHEMA.schema, strict: true },
    });
    expect(lastBody()['top_p']).toBe(0.9);
    expect(response.structured).toBe(true);
    const verdict = JSON.parse(response.text) as { score: number; justification: string };
    expect(verdict.score).toBeGreaterThanOrEqual(1);
    expect(verdict.score).toBeLessThanOrEqual(5);
  });

  it('reports a reply cut at max tokens as truncated', async () => {
    await fake.close();
    fake = await startFakeOpenAI({ reply: () => ({ content: '{"score": 4, "justif', finishReason: 'length' }) });
    const response = await (await openai()).chat(chatRequest(), never);
    expect(response).toMatchObject({ text: '{"score": 4, "justif', stopReason: 'length', truncated: true });
  });

  it('requests and parses log-probabilities', async () => {
    await fake.close();
    fake = await startFakeOpenAI({
      reply: () => ({
        content: '4',
        logprobs: [
          {
            token: '4',
            logprob: -0.2,
            top: [
              { token: '4', logprob: -0.2 },
              { token: '5', logprob: -1.8 },
            ],
          },
        ],
      }),
    });
    const response = await (await openai()).chat(chatRequest({ topLogprobs: 2 }), never);
    expect(lastBody()).toMatchObject({ logprobs: true, top_logprobs: 2 });
    expect(response.logprobs).toEqual([
      {
        token: '4',
        logprob: -0.2,
        top: [
          { token: '4', logprob: -0.2 },
          { token: '5', logprob: -1.8 },
        ],
      },
    ]);
  });

  it('derives default log-probabilities from the reply', async () => {
    await fake.close();
    fake = await startFakeOpenAI({ reply: () => 'Score: 3' });
    const response = await (await openai()).chat(chatRequest({ topLogprobs: 3 }), never);
    const digit = response.logprobs?.find((entry) => entry.token === '3');
    expect(digit?.top.map((top) => top.token)).toEqual(['3', '4', '2']);
    expect(Math.exp(digit?.logprob ?? 0)).toBeCloseTo(0.6);
  });

  it('keeps a reply that is not JSON as text, for the judge to report', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'malformed-content' } }));
    const response = await (await openai()).chat(chatRequest({ schema: VERDICT_SCHEMA }), never);
    expect(response.text).toBe('This answer looks fine to me.');
  });
});

describe('OpenAI provider errors', () => {
  it('maps 429 with retry-after-ms to rate_limited with the exact delay, sending once', async () => {
    fake.setBehavior(() => ({
      outcome: { kind: 'error', status: 429, headers: { 'retry-after-ms': '1500', 'retry-after': '9' } },
    }));
    const error = await providerError((await openai()).chat(chatRequest(), never));
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true });
    expect(error.options).toMatchObject({ status: 429, retryAfterMs: 1500 });
    expect(fake.requests).toHaveLength(1);
  });

  it('reads retry-after in seconds', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 429, headers: { 'retry-after': '2' } } }));
    const error = await providerError((await openai()).chat(chatRequest(), never));
    expect(error.options.retryAfterMs).toBe(2000);
  });

  it('reads retry-after as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 429, headers: { 'retry-after': at } } }));
    const error = await providerError((await openai()).chat(chatRequest(), never));
    expect(error.options.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.options.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it.each([
    [500, 'server'],
    [503, 'server'],
    [408, 'server'],
    [409, 'server'],
    [400, 'invalid'],
    [404, 'invalid'],
    [422, 'invalid'],
    [403, 'auth'],
  ] as const)('maps HTTP %i to %s without retrying in the SDK', async (status, kind) => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status } }));
    const error = await providerError((await openai()).chat(chatRequest(), never));
    expect(error).toMatchObject({ kind });
    expect(error.options.status).toBe(status);
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a wrong API key (401) to auth', async () => {
    const provider = await createProvider(
      providerConfig('openai', { id: 'openai', baseUrl: fake.url }),
      memoryKeys({ openai: 'sk-wrong' }),
    );
    const error = await providerError(provider.chat(chatRequest(), never));
    expect(error).toMatchObject({ kind: 'auth', retryable: false });
    expect(error.options.status).toBe(401);
  });

  it('times out on a server that never answers', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'hang' } }));
    const started = Date.now();
    const error = await providerError((await openai({ timeoutMs: 300 })).chat(chatRequest(), never));
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('times out on a reply that stalls after its headers', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'stall' } }));
    const error = await providerError((await openai({ timeoutMs: 300 })).chat(chatRequest(), never));
    expect(error.kind).toBe('timeout');
  });

  it('stops a request when its signal aborts', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'hang' } }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const error = await providerError((await openai()).chat(chatRequest(), controller.signal));
    expect(error).toMatchObject({ kind: 'aborted', retryable: false });
  });

  it("reports the caller's own AbortSignal.timeout as a timeout, not a cancel", async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'hang' } }));
    const error = await providerError((await openai()).chat(chatRequest(), AbortSignal.timeout(100)));
    expect(error.kind).toBe('timeout');
  });

  it('maps a refused connection to network', async () => {
    const provider = await createProvider(
      providerConfig('openai', { id: 'openai', baseUrl: `http://127.0.0.1:${await closedPort()}/v1` }),
      memoryKeys({ openai: 'sk-test' }),
    );
    const error = await providerError(provider.chat(chatRequest(), never));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a body that is not JSON to server', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'malformed-body' } }));
    const error = await providerError((await openai()).chat(chatRequest(), never));
    expect(error.kind).toBe('server');
    expect(error.message).toMatch(/malformed/i);
  });

  it('waits out injected latency', async () => {
    fake.setBehavior(() => ({ latencyMs: 150 }));
    const response = await (await openai()).chat(chatRequest(), never);
    expect(response.latencyMs).toBeGreaterThanOrEqual(140);
  });
});

describe('json_schema capability fallback', () => {
  const refuseSchemas = () =>
    fake.setBehavior((body) =>
      (body as Record<string, unknown>)['response_format']
        ? { outcome: { kind: 'error', status: 400, message: "Unsupported parameter: 'response_format'" } }
        : {},
    );

  it('resends a refused request once without response_format and remembers it for the model', async () => {
    refuseSchemas();
    const provider = await openai();
    const first = await provider.chat(chatRequest({ schema: VERDICT_SCHEMA }), never);
    expect(first.structured).toBe(false);
    expect(fake.requests.map((request) => 'response_format' in (request.body as object))).toEqual([true, false]);

    const second = await provider.chat(chatRequest({ schema: VERDICT_SCHEMA }), never);
    expect(second.structured).toBe(false);
    expect(fake.requests).toHaveLength(3);
    expect(lastBody()).not.toHaveProperty('response_format');

    await provider.chat(chatRequest({ model: 'fake-judge', schema: VERDICT_SCHEMA }), never);
    expect(fake.requests[3]?.body).toHaveProperty('response_format');
  });

  it('does not resend other 400s', async () => {
    fake.setBehavior(() => ({ outcome: { kind: 'error', status: 400, message: 'messages: too long' } }));
    const error = await providerError((await openai()).chat(chatRequest({ schema: VERDICT_SCHEMA }), never));
    expect(error.kind).toBe('invalid');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('OpenAI-compatible and Azure', () => {
  it('reaches an OpenAI-compatible server by base URL, with max_tokens and a placeholder key', async () => {
    vi.stubEnv('OPENAI_API_KEY', undefined);
    await fake.close();
    fake = await startFakeOpenAI();
    const provider = await createProvider(
      providerConfig('openai-compatible', { id: 'ollama', baseUrl: fake.url }),
      memoryKeys({}),
    );
    await provider.chat(chatRequest({ model: 'llama3.2' }), never);
    expect(lastBody()).toMatchObject({ model: 'llama3.2', max_tokens: 256 });
    expect(lastBody()).not.toHaveProperty('max_completion_tokens');
  });

  it('honours OPENAI_BASE_URL and OPENAI_API_KEY when the config leaves them unset', async () => {
    vi.stubEnv('OPENAI_BASE_URL', fake.url);
    vi.stubEnv('OPENAI_API_KEY', 'sk-test');
    const provider = await createProvider(providerConfig('openai', { id: 'openai' }), memoryKeys({}));
    await provider.chat(chatRequest(), never);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses to build an OpenAI provider without any key', async () => {
    vi.stubEnv('OPENAI_API_KEY', undefined);
    const error = await providerError(createProvider(providerConfig('openai', { id: 'openai' }), memoryKeys({})));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('openai');
  });

  it('calls an Azure deployment with api-version and the api-key header', async () => {
    const provider = await createProvider(
      providerConfig('azure', {
        id: 'azure',
        azure: { endpoint: fake.origin, apiVersion: '2024-10-21', deployment: 'judge-4o' },
      }),
      memoryKeys({ azure: 'sk-test' }),
    );
    const response = await provider.chat(chatRequest({ schema: VERDICT_SCHEMA }), never);
    expect(response.structured).toBe(true);
    expect(fake.requests[0]).toMatchObject({
      url: '/openai/deployments/judge-4o/chat/completions?api-version=2024-10-21',
      hasApiKey: true,
      hasAuthorization: false,
    });
    expect(lastBody()).toMatchObject({ max_tokens: 256 });
  });

  it('uses the model as the Azure deployment when none is configured', async () => {
    const provider = await createProvider(
      providerConfig('azure', {
        id: 'azure',
        azure: { endpoint: fake.origin, apiVersion: '2024-10-21', deployment: null },
      }),
      memoryKeys({ azure: 'sk-test' }),
    );
    await provider.chat(chatRequest({ model: 'gpt-4o' }), never);
    expect(fake.requests[0]?.url).toBe('/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21');
  });
});

describe('OpenAI testConnection', () => {
  it('lists the models', async () => {
    const result = await (await openai()).testConnection(never);
    expect(result).toMatchObject({ ok: true, models: ['gpt-4o-mini', 'fake-judge'] });
    expect(result.message).toContain(fake.url);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', url: '/v1/models' });
  });

  it('lists Azure models with the api-version', async () => {
    const provider = await createProvider(
      providerConfig('azure', {
        id: 'azure',
        azure: { endpoint: fake.origin, apiVersion: '2024-10-21', deployment: 'd' },
      }),
      memoryKeys({ azure: 'sk-test' }),
    );
    expect((await provider.testConnection(never)).ok).toBe(true);
    expect(fake.requests[0]?.url).toBe('/openai/models?api-version=2024-10-21');
  });

  it('says when the key is refused', async () => {
    const provider = await createProvider(
      providerConfig('openai', { id: 'openai', baseUrl: fake.url }),
      memoryKeys({ openai: 'sk-wrong' }),
    );
    const result = await provider.testConnection(never);
    expect(result).toMatchObject({ ok: false, models: [] });
    expect(result.message).toMatch(/^Authentication failed/);
  });

  it('says when the server cannot be reached', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const provider = await createProvider(
      providerConfig('openai', { id: 'openai', baseUrl: url }),
      memoryKeys({ openai: 'sk-test' }),
    );
    const result = await provider.testConnection(never);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`Could not reach ${url}`);
  });
});
