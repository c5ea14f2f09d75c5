// Judging against providers that enforce limits nobody typed in, through the core, the real openai
// and Bedrock SDKs and the fake servers: every judgment done, no throttle turned into an error, few
// wasted requests; hopeless failures pause the run after a few calls with one clear message; a
// rate limit that never lifts pauses the run, and resuming finishes it.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/domain';
import type { ProviderConfig, ProviderLimits, RunProgress } from '../../shared/judging';
import { providerConfig } from '../../electron/core/provider-registry';
import type { Core } from '../../electron/core/service';
import { bedrockClientConfig } from '../../electron/providers/bedrock-client';
import { BedrockProvider } from '../../electron/providers/bedrock-provider';
import { createProvider } from '../../electron/providers/create-provider';
import { startFakeBedrock } from '../fakes/fake-bedrock-server';
import { startFakeOpenAI } from '../fakes/fake-openai-server';
import { enforceLimit, LIMIT_STYLES } from '../fakes/fake-rate-limit';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';
import { closedPort } from './providers/helpers';

const KEY = 'sk-test-pacing';
/** 15 a second, in bursts of at most 15: 40 judgments take about two seconds. */
const PER_MINUTE = 900;
const JUDGMENTS = 40;
const LIMITS: ProviderLimits = { concurrency: 16, rpm: null, tpm: null, timeoutMs: 10_000, maxRetries: 2 };

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function workspace(config: ProviderConfig, options: { key?: string; rateLimitGiveUpMs?: number } = {}) {
  const keys = memoryKeys({ fake: options.key ?? KEY });
  const core = await tempCore({
    seedSample: true,
    keys,
    rateLimitGiveUpMs: options.rateLimitGiveUpMs,
    // Bedrock signs with test credentials rather than whatever the machine's AWS chain holds.
    providerFor: (provider, store) =>
      provider.kind === 'bedrock'
        ? Promise.resolve(
            new BedrockProvider(
              new BedrockRuntimeClient({
                ...bedrockClientConfig(provider),
                credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
              }),
              { timeoutMs: provider.limits.timeoutMs },
            ),
          )
        : createProvider(provider, store),
  });
  value(await core.call('providers.save', { config }));
  const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
  // Two judges on the sample's 20 items: 40 judgments.
  const judges = [
    await judgeFromTemplate(core, 'correctness', { model: 'gpt-4o-mini' }),
    await judgeFromTemplate(core, 'groundedness', { model: 'gpt-4o-mini' }),
  ];
  return { core, dataset: dataset!, judges };
}

async function run(core: Core, datasetId: number, judgeVersionIds: number[]): Promise<RunSummary> {
  const started = value(await core.call('runs.start', { datasetId, judgeVersionIds })) as RunSummary;
  return core.runner.wait(started.id);
}

async function openAIFake(options: Parameters<typeof startFakeOpenAI>[0] = {}) {
  const fake = await startFakeOpenAI({ apiKey: KEY, ...options });
  closers.push(() => fake.close());
  return fake;
}

const openAIConfig = (baseUrl: string, limits: Partial<ProviderLimits> = {}) =>
  providerConfig('fake', 'openai-compatible', { baseUrl, limits: { ...LIMITS, ...limits } });

describe('pacing from what the provider says', () => {
  it.each(LIMIT_STYLES)('finishes every judgment under an unannounced limit told by %s', async (style) => {
    const limit = enforceLimit({ perMinute: PER_MINUTE, style }, () => ({ latencyMs: 20 }));
    const fake = await openAIFake({ behavior: limit });
    const { core, dataset, judges } = await workspace(openAIConfig(fake.url));

    const done = await run(core, dataset.id, judges);

    expect(done).toMatchObject({ status: 'done', total: JUDGMENTS, done: JUDGMENTS, errors: 0, message: null });
    // Every refusal was waited out and sent again, nothing else. How few refusals is measured by
    // bench:judge; here, with the server in this process, only that pacing kept them rare.
    expect(fake.requests.length).toBe(JUDGMENTS + limit.refused());
    expect(limit.refused()).toBeLessThan(JUDGMENTS);
  });

  it('finishes every judgment under Bedrock throttling (ThrottlingException, no hint)', async () => {
    const limit = enforceLimit({ perMinute: PER_MINUTE, style: 'bare' }, () => ({ latencyMs: 20 }));
    const fake = await startFakeBedrock({ behavior: limit });
    closers.push(() => fake.close());
    const config = providerConfig('fake', 'bedrock', { region: 'us-east-1', endpoint: fake.url, limits: LIMITS });
    const { core, dataset, judges } = await workspace(config);

    const done = await run(core, dataset.id, judges);

    expect(done).toMatchObject({ status: 'done', done: JUDGMENTS, errors: 0 });
    expect(limit.refused()).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(JUDGMENTS + limit.refused());
    expect(limit.refused()).toBeLessThan(JUDGMENTS);
  });

  it('pauses a run the provider keeps rate limiting past the give-up window, and resuming finishes it', async () => {
    const fake = await openAIFake({
      behavior: () => ({ outcome: { kind: 'error', status: 429, headers: { 'retry-after': '2' } } }),
    });
    const { core, dataset, judges } = await workspace(openAIConfig(fake.url), { rateLimitGiveUpMs: 4_000 });
    const progress: RunProgress[] = [];
    core.subscribe((event) => {
      if (event.type === 'run.progress') progress.push(event.progress);
    });

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', done: 0, errors: 0 });
    expect(paused.message).toMatch(/provider "fake" kept rate limiting for 4 s with no call getting through/);
    // Waiting was shown as such while it lasted; few requests went out meanwhile.
    expect(progress.some((p) => p.status === 'running' && (p.rateLimitWaitSeconds ?? 0) >= 1)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ status: 'paused', message: paused.message });
    expect(fake.requests.length).toBeLessThan(JUDGMENTS);

    fake.setBehavior(() => ({}));
    value(await core.call('runs.resume', { id: paused.id }));
    const resumed = await core.runner.wait(paused.id);
    expect(resumed).toMatchObject({ status: 'done', done: JUDGMENTS, errors: 0, message: null });
  });
});

describe('stopping early on hopeless errors', () => {
  it('pauses after a few calls when the key is refused, and runs everything once the key is fixed', async () => {
    const fake = await openAIFake();
    const { core, dataset, judges } = await workspace(openAIConfig(fake.url, { concurrency: 4 }), {
      key: 'sk-revoked',
    });

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', done: 0, errors: 0 });
    expect(paused.message).toMatch(/provider "fake" refused the key or credentials on 3 calls in a row \(HTTP 401/);
    // The first concurrent calls, then nothing more.
    expect(fake.requests.length).toBeLessThanOrEqual(LIMITS.concurrency);

    value(await core.call('providers.setKey', { id: 'fake', key: KEY }));
    value(await core.call('runs.resume', { id: paused.id }));
    expect(await core.runner.wait(paused.id)).toMatchObject({ status: 'done', done: JUDGMENTS, errors: 0 });
  });

  it('pauses on a model the provider does not know', async () => {
    const fake = await openAIFake({
      behavior: () => ({
        outcome: { kind: 'error', status: 404, message: 'The model `gpt-4o-mini` does not exist.' },
      }),
    });
    const { core, dataset, judges } = await workspace(openAIConfig(fake.url, { concurrency: 2 }));

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', done: 0, errors: 0 });
    expect(paused.message).toMatch(/does not know the model "gpt-4o-mini" \(HTTP 404/);
    expect(fake.requests.length).toBeLessThanOrEqual(4);
  });

  it('pauses when nothing listens at the provider address', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1`;
    const { core, dataset, judges } = await workspace(openAIConfig(url, { concurrency: 2, maxRetries: 1 }));

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', done: 0, errors: 0 });
    expect(paused.message).toMatch(/could not reach provider "fake" on 3 calls in a row .*ECONNREFUSED/);
  });

  it.each([
    [403, /provider "fake" refused the key or credentials on 3 calls in a row \(HTTP 403: AccessDeniedException/],
    [404, /provider "fake" does not know the model "gpt-4o-mini" \(HTTP 404: ResourceNotFoundException/],
  ])('pauses a Bedrock run on a %d', async (status, message) => {
    const fake = await startFakeBedrock({ behavior: () => ({ outcome: { kind: 'error', status } }) });
    closers.push(() => fake.close());
    const config = providerConfig('fake', 'bedrock', { region: 'us-east-1', endpoint: fake.url, limits: LIMITS });
    const { core, dataset, judges } = await workspace(config);

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', done: 0, errors: 0 });
    expect(paused.message).toMatch(message);
    expect(fake.requests.length).toBeLessThanOrEqual(LIMITS.concurrency);
  });

  it('pauses on a model one judge names even while another judge on the same provider succeeds', async () => {
    const fake = await openAIFake({
      behavior: (body) =>
        (body as { model?: string }).model === 'gone-model' ? { outcome: { kind: 'error', status: 404 } } : {},
    });
    const { core, dataset } = await workspace(openAIConfig(fake.url, { concurrency: 2 }));
    const judges = [
      await judgeFromTemplate(core, 'correctness', { model: 'gpt-4o-mini' }),
      await judgeFromTemplate(core, 'groundedness', { model: 'gone-model' }),
    ];

    const paused = await run(core, dataset.id, judges);

    expect(paused).toMatchObject({ status: 'paused', errors: 0 });
    expect(paused.message).toMatch(/does not know the model "gone-model" \(HTTP 404/);
  });

  it('keeps a single hopeless failure among successes as that judgment’s error', async () => {
    const fake = await openAIFake({
      behavior: (_body, index) => (index === 5 ? { outcome: { kind: 'error', status: 404 } } : {}),
    });
    const { core, dataset, judges } = await workspace(openAIConfig(fake.url, { concurrency: 2 }));

    const finished = await run(core, dataset.id, judges);

    expect(finished).toMatchObject({ status: 'done', done: JUDGMENTS - 1, errors: 1, message: null });
  });
});
