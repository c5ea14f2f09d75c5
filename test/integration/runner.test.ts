// Evaluation runs through the core, the real openai SDK and a fake OpenAI-compatible server.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/contract';
import type { DatasetSummary, ItemDetail } from '../../shared/domain';
import { providerConfig } from '../../electron/core/provider-registry';
import type { Core } from '../../electron/core/service';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

const KEY = 'sk-test-NEVER-STORE-THIS-4242';
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(limits: Partial<ReturnType<typeof providerConfig>['limits']> = {}) {
  fake = await startFakeOpenAI({ apiKey: KEY });
  const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: KEY }) });
  value(
    await core.call('providers.save', {
      config: providerConfig('fake', 'openai-compatible', {
        baseUrl: fake.url,
        limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 5_000, maxRetries: 4, ...limits },
      }),
    }),
  );
  const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
  return { core, fake, dataset: dataset! };
}

async function runToEnd(core: Core, datasetId: number, judgeVersionIds: number[]): Promise<RunSummary> {
  const started = value(await core.call('runs.start', { datasetId, judgeVersionIds })) as RunSummary;
  return core.runner.wait(started.id);
}

describe('evaluation runs', () => {
  it('judges every item, stores verdicts with tokens and cost, and costs nothing the second time', async () => {
    const { core, fake, dataset } = await setup();
    const judge = await judgeFromTemplate(core, 'correctness', { name: 'correctness-4o-mini', model: 'gpt-4o-mini' });
    const run = await runToEnd(core, dataset.id, [judge]);
    expect(run).toMatchObject({ status: 'done', total: 20, done: 20, errors: 0 });
    expect(fake.requests).toHaveLength(20);
    expect(run.inputTokens).toBeGreaterThan(0);
    expect(run.cost).toBeGreaterThan(0);
    expect(fake.requests.every((r) => r.hasAuthorization)).toBe(true);

    const detail = value(await core.call('runs.get', { id: run.id })) as {
      aggregates: { n: number; passRate: number }[];
    };
    expect(detail.aggregates[0]!.n).toBe(20);
    expect(detail.aggregates[0]!.passRate).toBeGreaterThanOrEqual(0);

    const item = value(await core.call('items.get', { id: 1 })) as ItemDetail;
    const verdict = item.judgments.find((j) => j.judge === 'correctness-4o-mini')!;
    expect(verdict.status).toBe('done');
    expect(verdict.pass).not.toBeNull();
    expect(verdict.justification).toMatch(/Fake judge verdict/);
    expect(JSON.parse(verdict.raw!)).toMatchObject({ justification: verdict.justification });

    const again = await runToEnd(core, dataset.id, [judge]);
    expect(again).toMatchObject({ status: 'done', done: 20, cost: 0 });
    expect(fake.requests).toHaveLength(20);
  });

  it('rides out a 429 storm without sending any request before its retry-after', async () => {
    const { core, fake, dataset } = await setup({ concurrency: 8 });
    fake.setBehavior((_body, index) =>
      index < 12 ? { outcome: { kind: 'error', status: 429, headers: { 'retry-after-ms': '300' } } } : {},
    );
    const judge = await judgeFromTemplate(core, 'groundedness', { model: 'gpt-4o-mini' });
    const run = await runToEnd(core, dataset.id, [judge]);
    expect(run).toMatchObject({ status: 'done', done: 20, errors: 0 });
    expect(fake.requests).toHaveLength(32);
    // Each prompt that got a 429 was sent again only after its retry-after (300 ms) had passed.
    const byPrompt = new Map<string, number[]>();
    for (const r of fake.requests) byPrompt.set(r.prompt!, [...(byPrompt.get(r.prompt!) ?? []), r.index]);
    let retried = 0;
    for (const indexes of byPrompt.values()) {
      for (let i = 1; i < indexes.length; i++) {
        const [before, after] = [fake.requests[indexes[i - 1]!]!, fake.requests[indexes[i]!]!];
        expect(before.index).toBeLessThan(12);
        expect(after.receivedAt - before.receivedAt).toBeGreaterThanOrEqual(295);
        retried++;
      }
    }
    expect(retried).toBe(12);
  });

  it('keeps a malformed reply as an error with its raw text, and retries only the failed judgments', async () => {
    const { core, fake, dataset } = await setup();
    fake.setBehavior((_body, index) => (index % 5 === 0 ? { outcome: { kind: 'malformed-content' } } : {}));
    const judge = await judgeFromTemplate(core, 'relevance_to_query', { model: 'gpt-4o-mini' });
    const run = await runToEnd(core, dataset.id, [judge]);
    expect(run.errors).toBe(4);
    const failed = value(await core.call('runs.judgments', { id: run.id, status: 'error' })) as {
      rows: { raw: string | null; error: string | null; score: number | null; pass: boolean | null }[];
    };
    expect(failed.rows).toHaveLength(4);
    for (const row of failed.rows) {
      expect(row.raw).toBeTruthy();
      expect(row.error).toBeTruthy();
      expect(row.pass).toBeNull();
      expect(row.score).toBeNull();
    }
    fake.setBehavior(() => ({}));
    const sent = fake.requests.length;
    value(await core.call('runs.retryErrors', { id: run.id }));
    const retried = await core.runner.wait(run.id);
    expect(retried).toMatchObject({ status: 'done', done: 20, errors: 0 });
    expect(fake.requests.length - sent).toBe(4);
  });

  it('cancels in flight, then resumes calling only what did not finish', async () => {
    const { core, fake, dataset } = await setup({ concurrency: 2 });
    fake.setBehavior(() => ({ latencyMs: 150 }));
    const judge = await judgeFromTemplate(core, 'safety', { model: 'gpt-4o-mini' });
    const started = value(
      await core.call('runs.start', { datasetId: dataset.id, judgeVersionIds: [judge] }),
    ) as RunSummary;
    // Cancel once some judgments are done and others are still in flight.
    for (let waited = 0; waited < 10_000; waited += 20) {
      const now = value(await core.call('runs.get', { id: started.id })) as RunSummary;
      if (now.done >= 2) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const cancelled = value(await core.call('runs.cancel', { id: started.id })) as RunSummary;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.done).toBeGreaterThan(0);
    expect(cancelled.done).toBeLessThan(20);
    const doneAtCancel = (
      value(await core.call('runs.judgments', { id: started.id, status: 'done' })) as { rows: { itemId: number }[] }
    ).rows.map((row) => row.itemId);
    const requestsOf = async (itemId: number) => {
      const item = value(await core.call('items.get', { id: itemId })) as ItemDetail;
      return fake.requests.filter((r) => r.prompt?.includes(item.request!)).length;
    };
    value(await core.call('runs.resume', { id: started.id }));
    const resumed = await core.runner.wait(started.id);
    expect(resumed).toMatchObject({ status: 'done', done: 20 });
    // What was done at the cancel was never asked again; the rest was asked once more at most
    // (a request aborted by the cancel, then its retry after the resume).
    for (const itemId of doneAtCancel) expect(await requestsOf(itemId)).toBe(1);
    const asked = await Promise.all(
      Array.from({ length: 20 }, (_, i) => i + 1)
        .filter((itemId) => !doneAtCancel.includes(itemId))
        .map(requestsOf),
    );
    expect(asked.every((count) => count === 1 || count === 2)).toBe(true);
    expect(asked.filter((count) => count === 2).length).toBeLessThanOrEqual(2);
  });

  it('runs on a filtered subset: only the items a filter matches', async () => {
    const { core, fake, dataset } = await setup();
    const judge = await judgeFromTemplate(core, 'safety', { model: 'gpt-4o-mini' });
    const started = value(
      await core.call('runs.start', {
        datasetId: dataset.id,
        judgeVersionIds: [judge],
        selection: { kind: 'filter', filter: { judge: 'correctness', pass: false } },
      }),
    ) as RunSummary;
    const run = await core.runner.wait(started.id);
    // The sample's imported correctness judge said "no" on four items.
    expect(run).toMatchObject({ status: 'done', total: 4, done: 4 });
    expect(fake.requests).toHaveLength(4);
  });

  it('never writes the API key into the workspace file or anything the API returns', async () => {
    const { core, dataset } = await setup();
    value(await core.call('providers.setKey', { id: 'fake', key: KEY }));
    const judge = await judgeFromTemplate(core, 'correctness', { model: 'gpt-4o-mini' });
    const run = await runToEnd(core, dataset.id, [judge]);
    for (const [channel, input] of [
      ['providers.list', {}],
      ['runs.get', { id: run.id }],
      ['runs.judgments', { id: run.id }],
      ['judges.list', {}],
    ] as const) {
      expect(JSON.stringify(await core.call(channel, input))).not.toContain(KEY);
    }
    const path = core.workspace.path;
    await core.close();
    for (const file of [path, `${path}-wal`]) {
      if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(KEY)).toBe(false);
    }
  });
});
