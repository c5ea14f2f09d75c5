// Keys stay home, through the core and real HTTP: a key goes only to the endpoint it was entered
// for. Creating a provider or changing a provider's base URL to another server sends that server no
// key (it gets a clear "enter the key for this endpoint" instead) until the owner enters it again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProvidersView, RunSummary } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import { providerFromFlags } from '../../../electron/cli/provider-options';
import { providerConfig } from '../../../electron/core/provider-registry';
import type { Core } from '../../../electron/core/service';
import { startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/fake-openai-server';
import { memoryKeys, tempCore, value } from '../../helpers/temp-workspace';
import { judgeFromTemplate } from '../../helpers/template-judge';

const KEY = 'sk-home-key-0123456789abcdef';
const ENTER_AGAIN =
  /No key was sent to http:\/\/127\.0\.0\.1:\d+\/v1 \(provider "fake"\).*enter the key for this endpoint/;

let home: FakeOpenAIServer;
let elsewhere: FakeOpenAIServer;

beforeEach(async () => {
  vi.stubEnv('OPENAI_API_KEY', undefined);
  vi.stubEnv('OPENAI_BASE_URL', undefined);
  vi.stubEnv('GAVEL_KEY_FAKE', undefined);
  home = await startFakeOpenAI({ apiKey: KEY });
  elsewhere = await startFakeOpenAI();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([home.close(), elsewhere.close()]);
});

const save = async (core: Core, baseUrl: string) =>
  value(await core.call('providers.save', { config: providerConfig('fake', 'openai-compatible', { baseUrl }) }));
const test = async (core: Core) =>
  value(await core.call('providers.test', { id: 'fake' })) as { ok: boolean; message: string };
const view = async (core: Core) => value(await core.call('providers.list', {})) as ProvidersView;

describe('a provider key bound to its endpoint', () => {
  it('is not sent after the base URL changes, until the owner enters it again', async () => {
    const core = await tempCore({ keys: memoryKeys({ fake: KEY }) });
    await save(core, home.url);
    expect(await test(core)).toMatchObject({ ok: true });
    expect(home.requests.every((request) => request.hasAuthorization)).toBe(true);

    await save(core, elsewhere.url);
    const refused = await test(core);
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(ENTER_AGAIN);
    expect(elsewhere.requests).toHaveLength(0);
    expect((await view(core)).keys['fake']).toMatchObject({
      present: false,
      problem: expect.stringMatching(ENTER_AGAIN),
    });

    value(await core.call('providers.setKey', { id: 'fake', key: KEY }));
    expect(await test(core)).toMatchObject({ ok: true });
    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]?.hasAuthorization).toBe(true);
  });

  it('shows the key redacted, never whole', async () => {
    const core = await tempCore({ keys: memoryKeys({ fake: KEY }) });
    await save(core, home.url);
    const status = (await view(core)).keys['fake'];
    expect(status).toMatchObject({ present: true, hint: 'sk-…cdef', problem: null });
    expect(JSON.stringify(await view(core))).not.toContain(KEY);
  });

  it('sends nothing to a changed endpoint during a run: the run pauses saying to enter the key', async () => {
    const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: KEY }) });
    await save(core, home.url);
    expect(await test(core)).toMatchObject({ ok: true });
    await save(core, elsewhere.url);
    const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
    const judge = await judgeFromTemplate(core, 'correctness', { model: 'gpt-4o-mini' });
    const started = value(
      await core.call('runs.start', { datasetId: dataset!.id, judgeVersionIds: [judge] }),
    ) as RunSummary;
    const run = await core.runner.wait(started.id);

    expect(run.done).toBe(0);
    expect(elsewhere.requests).toHaveLength(0);
    // A key that may not be sent is hopeless for every item: the run pauses after the first few.
    expect(run.status).toBe('paused');
    expect(run.message).toMatch(ENTER_AGAIN);
  });
});

describe('an environment key', () => {
  it("goes to the kind's default endpoint only: a new provider pointing elsewhere gets none", async () => {
    vi.stubEnv('OPENAI_API_KEY', KEY);
    const core = await tempCore();
    await save(core, elsewhere.url);
    const refused = await test(core);
    expect(refused.message).toMatch(ENTER_AGAIN);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('follows OPENAI_BASE_URL, the endpoint the owner set in the same environment', async () => {
    vi.stubEnv('OPENAI_API_KEY', KEY);
    vi.stubEnv('OPENAI_BASE_URL', home.url);
    const core = await tempCore();
    value(await core.call('providers.save', { config: providerConfig('fake', 'openai-compatible') }));
    expect(await test(core)).toMatchObject({ ok: true });
    expect(home.requests[0]?.hasAuthorization).toBe(true);
  });

  it('is confirmed for another endpoint only by entering that same key', async () => {
    vi.stubEnv('OPENAI_API_KEY', KEY);
    const core = await tempCore();
    await save(core, home.url);
    const wrong = await core.call('providers.setKey', { id: 'fake', key: 'sk-some-other-key-000000' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await test(core)).toMatchObject({ ok: false });
    expect(home.requests).toHaveLength(0);

    value(await core.call('providers.setKey', { id: 'fake', key: KEY }));
    expect(await test(core)).toMatchObject({ ok: true });
    expect(home.requests).toHaveLength(1);
  });

  it('is confirmed for the --base-url the owner types on the command line', async () => {
    vi.stubEnv('OPENAI_API_KEY', KEY);
    const core = await tempCore();
    const flags = { provider: 'openai' as const, providerId: 'fake', model: 'gpt-4o-mini' };
    await providerFromFlags(core, { ...flags, baseUrl: home.url });
    expect(await test(core)).toMatchObject({ ok: true });
    expect(home.requests[0]?.hasAuthorization).toBe(true);

    // Someone else moves the provider; the owner's next command without --base-url sends nothing there.
    const moved = providerConfig('fake', 'openai', { baseUrl: elsewhere.url });
    value(await core.call('providers.save', { config: moved }));
    const config = await providerFromFlags(core, flags);
    expect(config.baseUrl).toBe(elsewhere.url);
    expect((await test(core)).message).toMatch(ENTER_AGAIN);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("binds a provider's own GAVEL_KEY_<ID> to the endpoint it is first used with", async () => {
    vi.stubEnv('GAVEL_KEY_FAKE', KEY);
    const core = await tempCore();
    await save(core, home.url);
    expect(await test(core)).toMatchObject({ ok: true });
    await save(core, elsewhere.url);
    expect((await test(core)).message).toMatch(ENTER_AGAIN);
    expect(elsewhere.requests).toHaveLength(0);
  });
});
