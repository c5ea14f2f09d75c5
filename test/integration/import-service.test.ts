// Imports through the core into a real workspace file: all or nothing, no duplicates on re-import.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../shared/contract';
import type { DatasetSummary, ItemDetail } from '../../shared/domain';
import { fixture, tempCore, tempDir, value } from '../helpers/temp-workspace';

const pathSource = (file: string) => ({ kind: 'path' as const, path: file });

const counts = (core: Awaited<ReturnType<typeof tempCore>>) =>
  Object.fromEntries(
    ['dataset', 'item', 'import', 'judge', 'judge_version', 'run', 'judgment', 'reviewer', 'label'].map((table) => [
      table,
      (core.workspace.reader.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );

describe('import through the core', () => {
  it('imports the MLflow table as items plus an imported run with two judges', async () => {
    const core = await tempCore();
    const summary = value(
      await core.call('import.run', { source: pathSource(fixture('mlflow-eval_results_table.json')) }),
    ) as ImportSummary;
    expect(summary).toMatchObject({
      dataset: { name: 'mlflow-eval_results_table', items: 6 },
      rows: 6,
      inserted: 6,
      unchanged: 0,
      judges: ['answer_correctness', 'answer_similarity'],
      judgments: 12,
      labels: 0,
    });
    const page = value(await core.call('items.page', { datasetId: summary.dataset.id })) as {
      rows: { id: number; key: string; verdicts: Record<string, { score: number }> }[];
    };
    expect(page.rows.map((row) => row.key)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(page.rows[3]!.verdicts.answer_correctness!.score).toBe(1);

    const item = value(await core.call('items.get', { id: page.rows[5]!.id })) as ItemDetail;
    expect(item.request).toBe('What is the capital of Australia?');
    expect(item.response).toBe('Sydney is the capital of Australia.');
    expect(item.expected_response).toBe('Canberra.');
    expect(item.judgments.map((j) => [j.judge, j.versionLabel, j.score])).toEqual([
      ['answer_correctness', 'v1', expect.any(Number)],
      ['answer_similarity', 'v1', 3],
    ]);
    expect(item.judgments[1]!.justification).toMatch(/Mentions a city in Australia/);
    expect(item.sourceRow).toMatchObject({ inputs: 'What is the capital of Australia?', token_count: 9 });
  });

  it('keeps per-chunk verdicts and context from Databricks results', async () => {
    const core = await tempCore();
    const summary = value(
      await core.call('import.run', { source: pathSource(fixture('databricks-eval_results.json')) }),
    ) as ImportSummary;
    const page = value(await core.call('items.page', { datasetId: summary.dataset.id })) as {
      rows: { id: number; key: string }[];
    };
    expect(page.rows[0]!.key).toBe('req-1');
    const item = value(await core.call('items.get', { id: page.rows[3]!.id })) as ItemDetail;
    expect(item.retrieved_context).toEqual([
      { doc_uri: 'rag.md', content: 'Retrieval-augmented generation (RAG) combines retrieval with generation.' },
    ]);
    const chunkJudge = item.judgments.find((j) => j.judge === 'chunk_relevance')!;
    expect(chunkJudge.chunks).toHaveLength(1);
    expect(chunkJudge.chunks![0]!.pass).toBe(true);
    expect(item.judgments.find((j) => j.judge === 'correctness')).toMatchObject({ pass: false, label: 'no' });
  });

  it('re-importing the same file into the same dataset adds nothing', async () => {
    const core = await tempCore();
    const source = pathSource(fixture('databricks-eval_results.json'));
    value(await core.call('import.run', { source }));
    const before = counts(core);
    const again = value(await core.call('import.run', { source })) as ImportSummary;
    expect(again).toMatchObject({ rows: 6, inserted: 0, unchanged: 6, judgments: 0, labels: 0 });
    const after = counts(core);
    expect({ ...after, import: before.import }).toEqual(before);
    expect(after.import).toBe(before.import! + 1);
  });

  it('turns human ratings in a promptfoo file into labels, once', async () => {
    const core = await tempCore();
    const file = fixture('promptfoo-results-human.json');
    const first = value(await core.call('import.run', { source: pathSource(file) })) as ImportSummary;
    expect(first.labels).toBeGreaterThan(0);
    const again = value(await core.call('import.run', { source: pathSource(file) })) as ImportSummary;
    expect(again.labels).toBe(0);
    expect(counts(core).label).toBe(first.labels);
  });

  it('keeps the key of the mapped id column and refuses nothing silently', async () => {
    const core = await tempCore();
    const dir = tempDir();
    const file = path.join(dir, 'ids.jsonl');
    fs.writeFileSync(file, '{"uid":"a-1","q":"Q1","a":"A1"}\n{"uid":"a-2","q":"Q2","a":"A2"}\n');
    const summary = value(
      await core.call('import.run', {
        source: pathSource(file),
        mapping: { id: 'uid', request: 'q', response: 'a' },
      }),
    ) as ImportSummary;
    const page = value(await core.call('items.page', { datasetId: summary.dataset.id })) as {
      rows: { key: string; request: string }[];
    };
    expect(page.rows.map((row) => [row.key, row.request])).toEqual([
      ['a-1', 'Q1'],
      ['a-2', 'Q2'],
    ]);
  });

  it('leaves the workspace unchanged when a bad row comes after thousands of good ones', async () => {
    const core = await tempCore();
    value(await core.call('import.run', { source: pathSource(fixture('qa.csv')) }));
    const before = counts(core);
    const dir = tempDir();
    const file = path.join(dir, 'late-error.jsonl');
    const good = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ question: `q${i}`, answer: `a${i}` }));
    fs.writeFileSync(file, [...good, '[1, 2, 3]', ''].join('\n'));
    const result = await core.call('import.run', { source: pathSource(file), dataset: { name: 'qa' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('IMPORT_REJECTED');
    expect(result.error.message).toMatch(/late-error\.jsonl, line 5001/);
    expect(counts(core)).toEqual(before);
  });

  it('reads during an import see the workspace as it was until the import commits', async () => {
    const core = await tempCore();
    const dir = tempDir();
    const file = path.join(dir, 'big.jsonl');
    fs.writeFileSync(
      file,
      Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ question: `q${i}`, answer: 'a'.repeat(200) })).join(
        '\n',
      ),
    );
    const seen: number[] = [];
    core.subscribe((event) => {
      if (event.type === 'import.progress') {
        // Reads issued while the import runs: the new dataset must not show up half-written.
        void core.call('datasets.list', {}).then((r) => seen.push((value(r) as DatasetSummary[]).length));
      }
    });
    const summary = value(await core.call('import.run', { source: pathSource(file), jobId: 'job-1' })) as ImportSummary;
    expect(summary.inserted).toBe(30_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.slice(0, -1).every((n) => n === 0)).toBe(true);
    const datasets = value(await core.call('datasets.list', {})) as DatasetSummary[];
    expect(datasets).toEqual([expect.objectContaining({ name: 'big', items: 30_000 })]);
  });

  it('seeds the sample dataset into a newly created default workspace, with verdicts to review', async () => {
    const core = await tempCore({ seedSample: true });
    const [sample] = value(await core.call('datasets.list', {})) as DatasetSummary[];
    expect(sample).toMatchObject({
      name: 'Sample: Northwind Health benefits assistant',
      items: 20,
      judges: ['chunk_relevance', 'correctness', 'groundedness'],
    });
  });
});
