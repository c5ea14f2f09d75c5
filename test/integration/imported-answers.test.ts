// Two models' answers that arrive in an imported file (a `response_b` column, a Bedrock output with
// several models) become imported runs with generations: the review desk shows them side by side
// and a pairwise judge compares them, as it does answers Gavel generated itself.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportSummary, RunDetail, RunSummary } from '../../shared/contract';
import type { ItemDetail } from '../../shared/domain';
import type { ItemResponses } from '../../shared/review';
import { providerConfig } from '../../electron/core/provider-registry';
import type { Core } from '../../electron/core/service';
import { fakeVerdict } from '../fakes/fake-verdict';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fixture, memoryKeys, tempCore, tempDir, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const pathSource = (file: string) => ({ kind: 'path' as const, path: file });

const counts = (core: Core) =>
  Object.fromEntries(
    ['dataset', 'item', 'import', 'run', 'generation', 'judgment'].map((table) => [
      table,
      (core.workspace.reader.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

async function importFile(core: Core, file: string): Promise<ImportSummary> {
  return value(await core.call('import.run', { source: pathSource(file) })) as ImportSummary;
}

/** Item id per key, in file order. */
async function itemIds(core: Core, datasetId: number): Promise<Map<string, number>> {
  const page = value(await core.call('items.page', { datasetId })) as { rows: { id: number; key: string }[] };
  return new Map(page.rows.map((row) => [row.key, row.id]));
}

const responsesOf = async (core: Core, itemId: number) =>
  value(await core.call('review.responses', { itemId })) as ItemResponses;

/** Imported runs of a dataset by name, oldest first. */
async function runsOf(core: Core, datasetId: number): Promise<RunSummary[]> {
  return (value(await core.call('runs.list', { datasetId })) as RunSummary[]).reverse();
}

describe('imported answers of two models', () => {
  it('stores the response and response_b columns as two imported runs the review desk shows side by side', async () => {
    const core = await tempCore();
    const preview = value(
      await core.call('import.inspect', { source: pathSource(fixture('two-models.csv')) }),
    ) as ImportPreview;
    expect(preview.mapping.response_b).toBe('response_b');
    expect(preview.rows[1]!.answers).toEqual([
      { model: 'response', response: 'RAG means Random Access Graph.' },
      { model: 'response_b', response: 'Retrieval-Augmented Generation.' },
    ]);
    const summary = await importFile(core, fixture('two-models.csv'));
    // q4 has no response_b: three rows with two answers, one with one.
    expect(summary).toMatchObject({ rows: 4, inserted: 4, judgments: 0, answers: 7 });
    const runs = await runsOf(core, summary.dataset.id);
    expect(runs.map((run) => [run.name, run.kind, run.status])).toEqual([
      ['two-models.csv: response', 'imported', 'done'],
      ['two-models.csv: response_b', 'imported', 'done'],
    ]);
    const [runA, runB] = runs.map((run) => run.id);
    // The runs page offers a pairwise judge for two runs that hold answers.
    const detail = value(await core.call('runs.get', { id: runB! })) as RunDetail;
    expect(detail.generation).toMatchObject({ provider: 'imported', model: 'response_b', done: 3, errors: 0 });

    const ids = await itemIds(core, summary.dataset.id);
    const { responses, pairs } = await responsesOf(core, ids.get('q2')!);
    expect(responses).toEqual([
      {
        runId: runA,
        runName: 'two-models.csv: response',
        provider: 'imported',
        model: 'response',
        response: 'RAG means Random Access Graph.',
        truncated: false,
      },
      {
        runId: runB,
        runName: 'two-models.csv: response_b',
        provider: 'imported',
        model: 'response_b',
        response: 'Retrieval-Augmented Generation.',
        truncated: false,
      },
    ]);
    expect(pairs).toEqual([]);
    expect((await responsesOf(core, ids.get('q4')!)).responses.map((r) => r.model)).toEqual(['response']);
    // The item keeps its own response; the second answer is not metadata.
    const item = value(await core.call('items.get', { id: ids.get('q2')! })) as ItemDetail;
    expect(item.response).toBe('RAG means Random Access Graph.');
    expect(item.metadata).toEqual({});
    // Its detail counts both models' answers (q4: only one), so the desk offers side by side.
    expect(item.answers).toBe(2);
    expect((value(await core.call('items.get', { id: ids.get('q4')! })) as ItemDetail).answers).toBe(1);
  });

  it('adds nothing when the same file is imported again', async () => {
    const core = await tempCore();
    const first = await importFile(core, fixture('two-models.csv'));
    const before = counts(core);
    const again = await importFile(core, fixture('two-models.csv'));
    expect(again).toMatchObject({ dataset: first.dataset, inserted: 0, unchanged: 4, answers: 0 });
    expect({ ...counts(core), import: before.import }).toEqual(before);
  });

  it('refuses a bad file or mapping with nothing written', async () => {
    const core = await tempCore();
    await importFile(core, fixture('two-models.csv'));
    const before = counts(core);
    const file = path.join(tempDir(), 'late-error.csv');
    const good = Array.from({ length: 3000 }, (_, i) => `q${i},a${i},b${i}`);
    fs.writeFileSync(file, ['question,response,response_b', ...good, 'q,a,b,extra', ''].join('\n'));
    const bad = await core.call('import.run', { source: pathSource(file), dataset: { name: 'two-models' } });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_REJECTED',
        message: 'late-error.csv, line 3002: expected 3 fields as in the header, found 4',
      },
    });
    const sameColumn = await core.call('import.run', {
      source: pathSource(fixture('two-models.csv')),
      mapping: { request: 'question', response: 'response', response_b: 'response' },
      dataset: { name: 'other' },
    });
    expect(sameColumn).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: /mapped to both/ } });
    expect(counts(core)).toEqual(before);
  });

  it('stores each model of a Bedrock output as its own imported run, the first still the item’s response', async () => {
    const core = await tempCore();
    const summary = await importFile(core, fixture('bedrock-human-eval-output.jsonl'));
    expect(summary.answers).toBe(6);
    const runs = await runsOf(core, summary.dataset.id);
    expect(runs.map((run) => run.name)).toEqual([
      'bedrock-human-eval-output.jsonl: my-rag-app',
      'bedrock-human-eval-output.jsonl: baseline-model',
    ]);
    const itemId = (await itemIds(core, summary.dataset.id)).get('3')!;
    const { responses } = await responsesOf(core, itemId);
    expect(responses.map((r) => [r.model, r.response])).toEqual([
      ['my-rag-app', 'Sydney is the capital of Australia.'],
      ['baseline-model', 'Canberra is the capital of Australia.'],
    ]);
    const item = value(await core.call('items.get', { id: itemId })) as ItemDetail;
    expect(item.response).toBe('Sydney is the capital of Australia.');
  });

  it('lets a pairwise judge compare the two imported runs, and the desk pairs its verdict with the answers', async () => {
    // The judge prefers the `response` column's answer wherever it is shown, so both orders agree.
    const fromResponseColumn = /<data name="response_a">\s*(MLflow is an open-source|RAG means|Sydney)/;
    fake = await startFakeOpenAI({
      reply: (request) => {
        const body = request.body as { response_format?: { json_schema?: { schema: unknown } } };
        const prompt = request.prompt ?? '';
        const verdict = fakeVerdict(prompt, body.response_format!.json_schema!.schema);
        return JSON.stringify({ ...verdict, label: fromResponseColumn.test(prompt) ? 'A' : 'B' });
      },
    });
    const core = await tempCore({ keys: memoryKeys({ fake: 'sk-x' }) });
    value(
      await core.call('providers.save', { config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }) }),
    );
    const judgeVersionId = await judgeFromTemplate(core, 'pairwise_preference', { name: 'preference' });

    const summary = await importFile(core, fixture('two-models.csv'));
    const [runA, runB] = (await runsOf(core, summary.dataset.id)).map((run) => run.id);
    const started = value(
      await core.call('runs.startPairwise', { runA: runA!, runB: runB!, judgeVersionId }),
    ) as RunSummary;
    // Only the three items both columns answered are compared.
    expect(await core.runner.wait(started.id)).toMatchObject({ status: 'done', done: 3, errors: 0 });

    const ids = await itemIds(core, summary.dataset.id);
    const { pairs } = await responsesOf(core, ids.get('q3')!);
    expect(pairs).toEqual([
      {
        judgmentId: expect.any(Number),
        judge: 'preference',
        a: expect.objectContaining({ runId: runA, model: 'response', response: 'Sydney is the capital of Australia.' }),
        b: expect.objectContaining({ runId: runB, model: 'response_b' }),
      },
    ]);
    const item = value(await core.call('items.get', { id: ids.get('q3')! })) as ItemDetail;
    expect(item.judgments.find((j) => j.id === pairs[0]!.judgmentId)).toMatchObject({ status: 'done', label: 'A' });
    expect((await responsesOf(core, ids.get('q4')!)).pairs).toEqual([]);
  });
});
