// Comparing models as mlflow.evaluate does: each candidate answers every request, the judges score
// those answers, and a pairwise judge compares two candidates' answers in both orders.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunDetail, RunSummary } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/domain';
import { providerConfig } from '../../electron/core/provider-registry';
import { fakeVerdict } from '../fakes/fake-verdict';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Candidates answer in prose (model-b runs out of tokens on every third answer); judges get JSON. */
async function setup() {
  fake = await startFakeOpenAI({
    reply: (request) => {
      const body = request.body as { model: string; response_format?: { json_schema?: { schema: unknown } } };
      if (body.response_format?.json_schema) {
        return JSON.stringify(fakeVerdict(request.prompt ?? '', body.response_format.json_schema.schema));
      }
      const cut = body.model === 'model-b' && request.index % 3 === 0;
      return { content: `${body.model} says: it depends on your plan.`, finishReason: cut ? 'length' : 'stop' };
    },
  });
  const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: 'sk-x' }) });
  value(
    await core.call('providers.save', {
      config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }),
    }),
  );
  const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
  return { core, fake, dataset: dataset! };
}

describe('model comparison', () => {
  it('generates each candidate’s answers, judges them, and flags truncated answers', async () => {
    const { core, fake, dataset } = await setup();
    const relevance = await judgeFromTemplate(core, 'relevance_to_query');
    const runs = value(
      await core.call('runs.compareModels', {
        datasetId: dataset.id,
        judgeVersionIds: [relevance],
        candidates: [
          { provider: 'fake', model: 'model-a' },
          { provider: 'fake', model: 'model-b', maxTokens: 64 },
        ],
      }),
    ) as RunSummary[];
    expect(runs.map((r) => r.name)).toEqual(['model-a (fake)', 'model-b (fake)']);
    const details: RunDetail[] = [];
    for (const run of runs) {
      await core.runner.wait(run.id);
      details.push(value(await core.call('runs.get', { id: run.id })) as RunDetail);
    }
    for (const detail of details) {
      expect(detail).toMatchObject({ status: 'done', done: 20, errors: 0 });
      expect(detail.generation).toMatchObject({ provider: 'fake', done: 20, errors: 0 });
      expect(detail.generation!.outputTokens).toBeGreaterThan(0);
    }
    expect(details[0]!.generation!.truncated).toBe(0);
    expect(details[1]!.generation!.truncated).toBeGreaterThan(0);
    // 20 answers + 20 verdicts per candidate; the judges saw the candidates' answers, not the dataset's.
    expect(fake.requests).toHaveLength(80);
    const judged = fake.requests.filter((r) => (r.body as { model: string }).model === 'judge-model');
    expect(judged.every((r) => /model-[ab] says/.test(JSON.stringify(r.body)))).toBe(true);
  });

  it('checks every candidate before starting any: one unknown provider leaves no run behind', async () => {
    const { core, fake, dataset } = await setup();
    const relevance = await judgeFromTemplate(core, 'relevance_to_query');
    const runsBefore = value(await core.call('runs.list', { datasetId: dataset.id }));
    const refused = await core.call('runs.compareModels', {
      datasetId: dataset.id,
      judgeVersionIds: [relevance],
      candidates: [
        { provider: 'fake', model: 'model-a' },
        { provider: 'nowhere', model: 'model-b' },
      ],
    });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/nowhere/) } });
    expect(value(await core.call('runs.list', { datasetId: dataset.id }))).toEqual(runsBefore);
    expect(fake.requests).toHaveLength(0);
  });

  it('runs a pairwise judge over two runs, asking each pair in both orders', async () => {
    const { core, fake, dataset } = await setup();
    const relevance = await judgeFromTemplate(core, 'relevance_to_query');
    const [a, b] = value(
      await core.call('runs.compareModels', {
        datasetId: dataset.id,
        judgeVersionIds: [relevance],
        selection: { kind: 'first', size: 5 },
        candidates: [
          { provider: 'fake', model: 'model-a' },
          { provider: 'fake', model: 'model-b' },
        ],
      }),
    ) as RunSummary[];
    await core.runner.wait(a!.id);
    await core.runner.wait(b!.id);
    const sent = fake.requests.length;

    const pairwise = await judgeFromTemplate(core, 'pairwise_preference');
    const started = value(
      await core.call('runs.startPairwise', { runA: a!.id, runB: b!.id, judgeVersionId: pairwise }),
    ) as RunSummary;
    const run = await core.runner.wait(started.id);
    expect(run).toMatchObject({ status: 'done', total: 5, done: 5 });
    expect(fake.requests.length - sent).toBe(10);
    const detail = value(await core.call('runs.get', { id: run.id })) as RunDetail;
    expect(detail.pairwise).toEqual({ runA: a!.id, runB: b!.id });
    const labels = Object.keys(detail.aggregates[0]!.distribution);
    expect(labels.every((label) => ['A', 'B', 'tie'].includes(label))).toBe(true);
  });

  it('refuses a pairwise judge in an ordinary run', async () => {
    const { core, dataset } = await setup();
    const pairwise = await judgeFromTemplate(core, 'pairwise_preference');
    const result = await core.call('runs.start', { datasetId: dataset.id, judgeVersionIds: [pairwise] });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
