// createProvider for Bedrock as the app builds it: region, credentials and endpoint from the AWS chain
// (environment, shared config files, a named profile), nothing hard-coded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProvider } from '../../../electron/providers/create-provider';
import { startFakeBedrock, type FakeBedrockServer } from '../../fakes/fake-bedrock-server';
import { memoryBindings } from '../../../electron/providers/key-bindings';
import { confirmKey } from '../../../electron/providers/provider-key';
import { chatRequest, memoryKeys, never, providerConfig, providerError } from './helpers';

let fake: FakeBedrockServer;
let dir: string;

/** Whatever the machine's AWS set-up, these tests see only what they set (and never ask EC2's IMDS). */
const AWS_VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_BEDROCK_RUNTIME',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
];

beforeEach(async () => {
  fake = await startFakeBedrock();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-aws-'));
  for (const name of AWS_VARIABLES) vi.stubEnv(name, undefined);
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  vi.stubEnv('AWS_CONFIG_FILE', path.join(dir, 'config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', path.join(dir, 'credentials'));
  // The endpoint as the owner's environment sets it: AWS credentials may always go there.
  vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', fake.url);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
  await fake.close();
});

const chat = () => chatRequest({ model: 'amazon.nova-micro-v1:0' });

describe('createProvider for Bedrock', () => {
  it('takes credentials and region from the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_REGION', 'us-west-2');
    const provider = await createProvider(providerConfig('bedrock'), memoryKeys({}));
    await provider.chat(chat(), never);
    expect(fake.requests[0]?.sigV4).toMatchObject({ accessKeyId: 'AKIDEXAMPLE', region: 'us-west-2' });
  });

  it('reads credentials and region of the configured profile', async () => {
    fs.writeFileSync(
      path.join(dir, 'credentials'),
      '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = secret\n\n[judge]\naws_access_key_id = AKIDJUDGE\naws_secret_access_key = secret\n',
    );
    fs.writeFileSync(
      path.join(dir, 'config'),
      '[default]\nregion = us-east-1\n\n[profile judge]\nregion = eu-west-3\n',
    );
    const provider = await createProvider(providerConfig('bedrock', { profile: 'judge' }), memoryKeys({}));
    await provider.chat(chat(), never);
    expect(fake.requests[0]?.sigV4).toMatchObject({ accessKeyId: 'AKIDJUDGE', region: 'eu-west-3' });
  });

  it('lets a configured region win over the profile', async () => {
    fs.writeFileSync(
      path.join(dir, 'credentials'),
      '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = s\n',
    );
    fs.writeFileSync(path.join(dir, 'config'), '[default]\nregion = us-east-1\n');
    const provider = await createProvider(providerConfig('bedrock', { region: 'ap-southeast-2' }), memoryKeys({}));
    await provider.chat(chat(), never);
    expect(fake.requests[0]?.sigV4).toMatchObject({ accessKeyId: 'AKIDDEFAULT', region: 'ap-southeast-2' });
  });

  it('signs for an endpoint set in the config only once the owner confirmed the credentials for it', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-access-key');
    vi.stubEnv('AWS_ENDPOINT_URL_BEDROCK_RUNTIME', undefined);
    const other = await startFakeBedrock();
    try {
      const config = providerConfig('bedrock', { region: 'us-east-1', endpoint: other.url });
      const bindings = memoryBindings();
      const refused = await createProvider(config, memoryKeys({}), bindings);
      expect((await providerError(refused.chat(chat(), never))).message).toMatch(
        /^No key was sent to http:\/\/127\.0\.0\.1:\d+ \(provider "test-bedrock"\)/,
      );
      expect(other.requests).toHaveLength(0);

      expect(await confirmKey(config, 'not-the-secret', memoryKeys({}), bindings)).toBe(false);
      expect(await confirmKey(config, 'secret-access-key', memoryKeys({}), bindings)).toBe(true);
      await (await createProvider(config, memoryKeys({}), bindings)).chat(chat(), never);
      expect(other.requests[0]?.sigV4).toMatchObject({ accessKeyId: 'AKIDEXAMPLE' });
    } finally {
      await other.close();
    }
  });

  it('cannot be talked into a configured endpoint for profile credentials by typing the profile', async () => {
    fs.writeFileSync(
      path.join(dir, 'credentials'),
      '[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = secret\n',
    );
    const config = providerConfig('bedrock', { region: 'us-east-1', endpoint: 'http://127.0.0.1:9/' });
    expect(await confirmKey(config, 'aws-profile:default', memoryKeys({}), memoryBindings())).toBe(false);
  });

  it('reports missing credentials as an auth failure, without a request', async () => {
    const provider = await createProvider(providerConfig('bedrock', { region: 'us-east-1' }), memoryKeys({}));
    await expect(provider.chat(chat(), never)).rejects.toMatchObject({ kind: 'auth' });
    const test = await provider.testConnection(never);
    expect(test.ok).toBe(false);
    expect(test.message).toMatch(/^Authentication failed at Amazon Bedrock in us-east-1: CredentialsProviderError/);
    expect(fake.requests).toHaveLength(0);
  });

  it('says when no region is configured anywhere', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    const provider = await createProvider(providerConfig('bedrock'), memoryKeys({}));
    await expect(provider.chat(chat(), never)).rejects.toMatchObject({ kind: 'invalid', message: /region/i });
    const test = await provider.testConnection(never);
    expect(test).toMatchObject({ ok: false, message: expect.stringMatching(/^No AWS region/) });
    expect(fake.requests).toHaveLength(0);
  });

  it('has no Provider for heuristic scorers', async () => {
    await expect(createProvider(providerConfig('heuristic'), memoryKeys({}))).rejects.toThrow(/scoreHeuristic/);
  });
});
