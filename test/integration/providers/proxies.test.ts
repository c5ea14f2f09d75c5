// Providers through corporate proxies and HTTP/1.1-only gateways, with the real SDKs over real HTTP:
// a Bedrock endpoint that speaks only HTTP/1.1, and a local forward proxy both SDKs must go through
// when HTTP_PROXY is set, unless NO_PROXY names the host.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearProxyEnv } from '../../helpers/proxy-env';
import { createProvider } from '../../../electron/providers/create-provider';
import { startFakeBedrock, type FakeBedrockServer } from '../../fakes/fake-bedrock-server';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/fake-openai-server';
import { startFakeProxy, type FakeProxy } from '../../fakes/fake-proxy';
import { chatRequest, memoryKeys, never, providerConfig } from './helpers';

const KEY = 'sk-proxy-test';

let bedrock: FakeBedrockServer;
let openai: FakeOpenAIServer;
let proxy: FakeProxy;

beforeEach(async () => {
  clearProxyEnv();
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
  vi.stubEnv('AWS_SESSION_TOKEN', undefined);
  vi.stubEnv('AWS_PROFILE', undefined);
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  bedrock = await startFakeBedrock({ http1Only: true });
  // The owner's own endpoint setting: the AWS credentials may go there.
  vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', bedrock.url);
  openai = await startFakeOpenAI({ apiKey: KEY });
  proxy = await startFakeProxy();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([bedrock.close(), openai.close(), proxy.close()]);
});

const bedrockProvider = () => createProvider(providerConfig('bedrock', { region: 'us-east-1' }), memoryKeys({}));
const openaiProvider = () =>
  createProvider(
    providerConfig('openai-compatible', { baseUrl: openai.url }),
    memoryKeys({ 'test-openai-compatible': KEY }),
  );
const bedrockChat = () => chatRequest({ model: 'amazon.nova-micro-v1:0' });

describe('Bedrock over HTTP/1.1', () => {
  it('answers Converse calls from an endpoint that speaks only HTTP/1.1', async () => {
    const response = await (await bedrockProvider()).chat(bedrockChat(), never);
    expect(JSON.parse(response.text)).toHaveProperty('score');
    expect(bedrock.requests).toHaveLength(1);
    expect(bedrock.requests[0]?.sigV4).toMatchObject({ accessKeyId: 'AKIDEXAMPLE', service: 'bedrock' });
  });

  it('passes the connection test against it', async () => {
    const test = await (await bedrockProvider()).testConnection(never);
    expect(test).toMatchObject({ ok: true });
  });
});

describe('HTTP_PROXY / NO_PROXY', () => {
  it('sends both SDKs through the proxy when HTTP_PROXY is set', async () => {
    vi.stubEnv('HTTP_PROXY', proxy.url);
    await (await openaiProvider()).chat(chatRequest(), never);
    await (await bedrockProvider()).chat(bedrockChat(), never);

    expect(openai.requests).toHaveLength(1);
    expect(bedrock.requests).toHaveLength(1);
    expect(proxy.targets).toEqual([`127.0.0.1:${openai.port}`, `127.0.0.1:${bedrock.port}`]);
  });

  it('goes direct when NO_PROXY names the host', async () => {
    vi.stubEnv('HTTP_PROXY', proxy.url);
    vi.stubEnv('NO_PROXY', '127.0.0.1');
    await (await openaiProvider()).chat(chatRequest(), never);
    await (await bedrockProvider()).chat(bedrockChat(), never);

    expect(openai.requests).toHaveLength(1);
    expect(bedrock.requests).toHaveLength(1);
    expect(proxy.relayed).toBe(0);
  });

  it('leaves http:// providers direct when only HTTPS_PROXY is set', async () => {
    vi.stubEnv('HTTPS_PROXY', proxy.url);
    await (await openaiProvider()).chat(chatRequest(), never);
    expect(openai.requests).toHaveLength(1);
    expect(proxy.relayed).toBe(0);
  });
});
