// Nothing dropped in silence: the preview, the summary and `gavel import --json` say what each
// column became and how many verdicts were failed judge calls, on real files of other tools.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportSummary } from '../../shared/contract';
import type { ItemDetail } from '../../shared/domain';
import { gavel } from '../helpers/gavel-cli';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

const real = (name: string) => path.resolve(__dirname, '../../../shared/fixtures/real', name);
const source = (name: string) => ({ kind: 'path' as const, path: real(name) });

describe('import accounting', () => {
  it('previews a RAGAS file: fields, judges with their failed calls, the never-computed metric ignored', async () => {
    const core = await tempCore();
    const preview = value(
      await core.call('import.inspect', { source: source('ragas-multiplier-ragas_results.csv') }),
    ) as ImportPreview;
    expect(preview.judges.map((j) => [j.name, j.verdicts, j.errors])).toEqual([
      ['faithfulness', 10, 2],
      ['context_precision', 10, 0],
      ['context_recall', 10, 0],
    ]);
    expect(preview.columnUses).toEqual([
      { column: 'user_input', use: 'field', detail: 'request' },
      { column: 'retrieved_contexts', use: 'field', detail: 'retrieved_context' },
      { column: 'response', use: 'field', detail: 'response' },
      { column: 'reference', use: 'field', detail: 'expected_response' },
      { column: 'faithfulness', use: 'verdict', detail: 'judge faithfulness (0–1)' },
      { column: 'answer_correctness', use: 'ignored', detail: 'a score column with no value in any row' },
      { column: 'context_precision', use: 'verdict', detail: 'judge context_precision (0–1)' },
      { column: 'context_recall', use: 'verdict', detail: 'judge context_recall (0–1)' },
    ]);
  });

  it('names what a Bedrock evaluation output line became: verdicts and the input record, not metadata', async () => {
    const core = await tempCore();
    const preview = value(
      await core.call('import.inspect', {
        source: { kind: 'path', path: path.resolve(__dirname, '../fixtures/bedrock-eval-output.jsonl') },
      }),
    );
    const uses = new Map(preview.columnUses.map((u) => [u.column, u.use]));
    expect(uses.get('automatedEvaluationResult')).toBe('verdict');
    expect(uses.get('inputRecord')).toBe('field');
  });

  it('imports the judge CSV: errors counted, left-over columns named, verdicts stored with the item', async () => {
    const core = await tempCore();
    const summary = value(
      await core.call('import.run', { source: source('judge-multiplier-llm_judge_results.csv') }),
    ) as ImportSummary;
    expect(summary).toMatchObject({
      rows: 10,
      judges: ['correctness', 'faithfulness', 'relevance', 'singapore_relevance'],
      judgments: 40,
      errors: 0,
    });
    expect(summary.columnUses.filter((u) => u.use === 'metadata').map((u) => u.column)).toEqual([
      'faithfulness_scores',
      'correctness_scores',
      'relevance_scores',
      'singapore_relevance_scores',
      'reasoning',
      'feedback',
    ]);
    const page = value(await core.call('items.page', { datasetId: summary.dataset.id })) as { rows: { id: number }[] };
    const item = value(await core.call('items.get', { id: page.rows[0]!.id })) as ItemDetail;
    expect(item.response).toMatch(/^Certainly! Here is a comprehensive/);
    expect(Object.fromEntries(item.judgments.map((j) => [j.judge, j.score]))).toEqual({
      faithfulness: 8,
      correctness: 7,
      relevance: 9,
      singapore_relevance: 7,
    });
  });

  it('stores human rating columns as labels by their reviewers, beside the judge they rate', async () => {
    const core = await tempCore();
    const file = path.join(tempDir(), 'rated.csv');
    fs.writeFileSync(
      file,
      'id;question;answer;correctness;correctness_reason;annotator_alice;annotator_bob\n' +
        'a;Q1;A1;4,5;close;4;5\n' +
        'b;Q2;A2;;Error: judge timed out;2;\n',
    );
    const summary = value(await core.call('import.run', { source: { kind: 'path', path: file } })) as ImportSummary;
    expect(summary).toMatchObject({ rows: 2, judges: ['correctness'], judgments: 2, errors: 1, labels: 3 });
    expect([...summary.reviewers].sort()).toEqual(['alice', 'bob']);
    expect(summary.columnUses.filter((u) => u.use === 'label').map((u) => u.detail)).toEqual([
      'labels for correctness by alice (1–5)',
      'labels for correctness by bob (1–5)',
    ]);
    const page = value(await core.call('items.page', { datasetId: summary.dataset.id })) as { rows: { id: number }[] };
    const item = value(await core.call('items.get', { id: page.rows[1]!.id })) as ItemDetail;
    expect(item.judgments[0]).toMatchObject({ judge: 'correctness', status: 'error', score: null });
  });

  it('says the same in gavel import --json and in words', async () => {
    const workspace = path.join(tempDir(), 'acct.gavel');
    const json = await gavel([
      'import',
      real('ragas-openagenda-fr-ragas_results.csv'),
      '--workspace',
      workspace,
      '--json',
    ]);
    expect(json.code).toBe(0);
    const out = JSON.parse(json.stdout) as ImportSummary;
    expect(out).toMatchObject({ rows: 5, judgments: 15, errors: 0 });
    expect(out.columnUses).toContainEqual({
      column: 'answer_relevancy',
      use: 'ignored',
      detail: 'a score column with no value in any row',
    });
    const words = await gavel(['import', real('deepeval-michelin-latest_test_run.json'), '--workspace', workspace]);
    expect(words.code).toBe(0);
    expect(words.stdout).toContain('1 judgments (0 failed judge calls)');
    expect(words.stdout).toContain('Kept only as item metadata: name, success, runDuration, order.');
    const ragas = await gavel(['import', real('ragas-multiplier-ragas_results.csv'), '--workspace', workspace]);
    expect(ragas.stdout).toContain('30 judgments (2 failed judge calls)');
    expect(ragas.stdout).not.toContain('Kept only as item metadata');
    expect(ragas.stdout).toContain('Ignored: answer_correctness (a score column with no value in any row).');
  });
});
