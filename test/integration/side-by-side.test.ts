// The review desk's side-by-side mode over a real workspace: two candidate models answer, a pairwise
// judge compares them in both orders, and a reviewer's preference (A / B / tie) is stored as a label
// on the pairwise judge, confirming or overriding its verdict.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/contract';
import type { DatasetSummary, ItemDetail, LabelView } from '../../shared/domain';
import type { ItemResponses } from '../../shared/review';
import { providerConfig } from '../../electron/core/provider-registry';
import type { Core } from '../../electron/core/service';
import { fakeVerdict } from '../fakes/fake-verdict';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/**
 * Candidates answer in prose; the pairwise judge always prefers model-a's answer, wherever it is
 * shown, so both orders agree on "A" (model-a's run is run A).
 */
async function setup() {
  fake = await startFakeOpenAI({
    reply: (request) => {
      const body = request.body as { model: string; response_format?: { json_schema?: { schema: unknown } } };
      const schema = body.response_format?.json_schema?.schema;
      if (!schema) return `${body.model} says: **it depends** on your plan.`;
      const prompt = request.prompt ?? '';
      const verdict = fakeVerdict(prompt, schema);
      return JSON.stringify({ ...verdict, label: /<data name="response_a">\s*model-a/.test(prompt) ? 'A' : 'B' });
    },
  });
  const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: 'sk-x' }) });
  value(
    await core.call('providers.save', { config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }) }),
  );
  const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
  return { core, dataset: dataset! };
}

/** Two candidates answer the first two items; nothing compares them yet. */
async function generated(core: Core, datasetId: number) {
  const judgeVersionId = await judgeFromTemplate(core, 'pairwise_preference', { name: 'preference' });
  // A model comparison needs a judge of single answers; the pairwise judge comes afterwards.
  const single = await judgeFromTemplate(core, 'relevance_to_query', { name: 'relevance' });
  const runs = value(
    await core.call('runs.compareModels', {
      datasetId,
      judgeVersionIds: [single],
      selection: { kind: 'first', size: 2 },
      candidates: [
        { provider: 'fake', model: 'model-a' },
        { provider: 'fake', model: 'model-b' },
      ],
    }),
  ) as RunSummary[];
  for (const run of runs) await core.runner.wait(run.id);
  const page = value(await core.call('items.page', { datasetId, limit: 1 })) as { rows: { id: number }[] };
  return { judgeVersionId, runA: runs[0]!.id, runB: runs[1]!.id, itemId: page.rows[0]!.id };
}

async function compared(core: Core, datasetId: number) {
  const plan = await generated(core, datasetId);
  const started = value(
    await core.call('runs.startPairwise', { runA: plan.runA, runB: plan.runB, judgeVersionId: plan.judgeVersionId }),
  ) as RunSummary;
  expect(await core.runner.wait(started.id)).toMatchObject({ status: 'done', done: 2 });
  return { ...plan, pairwiseRun: started.id };
}

const responsesOf = async (core: Core, itemId: number) =>
  value(await core.call('review.responses', { itemId })) as ItemResponses;

describe('side-by-side review', () => {
  it('lists the candidates’ answers, with no pair before a pairwise judge compared them', async () => {
    const { core, dataset } = await setup();
    const { itemId, runA, runB } = await generated(core, dataset.id);
    const { responses, pairs } = await responsesOf(core, itemId);
    expect(responses).toEqual([
      expect.objectContaining({ runId: runA, model: 'model-a', provider: 'fake', truncated: false }),
      expect.objectContaining({ runId: runB, model: 'model-b', provider: 'fake', truncated: false }),
    ]);
    expect(responses[0]!.response).toBe('model-a says: **it depends** on your plan.');
    expect(pairs).toEqual([]);
  });

  it('pairs the two answers with the pairwise verdict, both orders in its justification', async () => {
    const { core, dataset } = await setup();
    const { itemId, runA, runB } = await compared(core, dataset.id);
    const { pairs } = await responsesOf(core, itemId);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    expect(pair).toMatchObject({ judge: 'preference', a: { runId: runA, model: 'model-a' }, b: { runId: runB } });
    const item = value(await core.call('items.get', { id: itemId })) as ItemDetail;
    const judgment = item.judgments.find((j) => j.id === pair!.judgmentId)!;
    expect(judgment).toMatchObject({ judge: 'preference', status: 'done', label: 'A' });
    expect(judgment.justification).toMatch(/Both orders agree: A is better/);
    expect(judgment.justification).toMatch(/B shown first/);
  });

  it('stores a preference for B, against the judge’s A, as an override that needs a rationale', async () => {
    const { core, dataset } = await setup();
    const { itemId } = await compared(core, dataset.id);
    const [pair] = (await responsesOf(core, itemId)).pairs;
    const preference = {
      itemId,
      judge: pair!.judge,
      reviewer: 'Dana',
      action: 'override' as 'override' | 'confirm',
      label: 'B' as string | null,
      judgmentId: pair!.judgmentId,
    };
    const refused = await core.call('labels.save', preference);
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /needs a rationale/ } });
    const outside = await core.call('labels.save', { ...preference, label: 'C', rationale: 'Neither.' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const saved = value(
      await core.call('labels.save', { ...preference, rationale: 'B names the plan; A is vague.' }),
    ) as LabelView;
    expect(saved).toMatchObject({ judge: 'preference', action: 'override', label: 'B', judgmentId: pair!.judgmentId });
    // Agreeing afterwards (a tie, then the judge's A) supersedes it; the history keeps every step.
    value(await core.call('labels.save', { ...preference, label: 'tie', rationale: 'On reflection, equal.' }));
    const confirmed = value(
      await core.call('labels.save', { ...preference, action: 'confirm', label: null }),
    ) as LabelView;
    expect(confirmed).toMatchObject({ action: 'confirm', label: 'A' });
    const history = value(await core.call('labels.history', { itemId })) as LabelView[];
    expect(history.map((label) => label.label)).toEqual(['B', 'tie', 'A']);
  });

  it('answers a clear error for an unknown item', async () => {
    const { core } = await setup();
    expect(await core.call('review.responses', { itemId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await core.callChannel('review.responses', { itemId: 'one' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});
