// The real files users of other tools published (read in place from the reference folder beside the
// repository) that earlier importers already read: each still yields what its SOURCES.md entry says
// a review tool owes its user — items with their fields, every judge with its verdicts, failed judge
// calls as errors, never as scores. (The formats added later have tests of their own.)
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempCore, value } from '../helpers/temp-workspace';

const real = (name: string) => path.resolve(__dirname, '../../../shared/fixtures/real', name);

async function imported(name: string) {
  const core = await tempCore();
  const summary = value(await core.call('import.run', { source: { kind: 'path', path: real(name) } }));
  const page = value(await core.call('items.page', { datasetId: summary.dataset.id, offset: 0, limit: 500 }));
  const first = value(await core.call('items.get', { id: page.rows[0]!.id }));
  return { core, summary, page, first };
}

describe('real files of tools Gavel already read', () => {
  it('Databricks cookbook eval set: 10 items keyed by request_id, with reference and retrieved context', async () => {
    const { summary, first } = await imported('databricks-genai-cookbook-sample_eval.jsonl');
    expect(summary.dataset.items).toBe(10);
    expect(first.key).toMatch(/\S/);
    expect(first.key).not.toBe('1');
    expect(first.request).toBeTruthy();
    expect(first.response).toBeTruthy();
    expect(first.expected_response).toBeTruthy();
    expect(first.retrieved_context?.length).toBeGreaterThan(0);
    expect(first.retrieved_context![0]).toMatchObject({ doc_uri: expect.any(String), content: expect.any(String) });
    expect(first.metadata).toHaveProperty('expected_retrieved_context');
  });

  it.each([
    ['promptfoo-v3-aidevs-results.json', 6, 6, 1],
    ['promptfoo-v3-voyageai-results.json', 78, 624, 8],
    ['promptfoo-v3-measure-ai-drift-results.json', 8, 144, 18],
    ['promptfoo-v3-workbench-results.json', 3, 3, 2],
    ['promptfoo-v3-tds-rag-results.json', 10, 14, 5],
  ])('promptfoo v3 %s: %i items, %i verdicts, %i judges', async (name, items, verdicts, judges) => {
    const { summary, first } = await imported(name);
    expect(summary.dataset.items).toBe(items);
    expect(summary.judgments).toBe(verdicts);
    expect(summary.judges).toHaveLength(judges);
    expect(first.response).toBeTruthy();
    // Every assertion result is a verdict with its pass and its reason.
    expect(first.judgments.length).toBeGreaterThan(0);
    for (const j of first.judgments) {
      expect(j.status).toBe('done');
      expect(typeof j.pass).toBe('boolean');
      expect(j.justification).toMatch(/\S/);
    }
  });

  it('MLflow table: answer_correctness with 4 scores and 6 errors keeping the 429 text, two heuristics with 10 each', async () => {
    const { core, summary, page } = await imported('mlflow-mathgpt-eval_results_table.json');
    expect(summary.dataset.items).toBe(10);
    expect(summary.judges).toEqual(['answer_correctness', 'ari_grade_level', 'flesch_kincaid_grade_level']);
    expect(summary.judgments).toBe(30);
    expect(summary.errors).toBe(6);
    const correctness = await Promise.all(
      page.rows.map(async (row) =>
        value(await core.call('items.get', { id: row.id })).judgments.find((j) => j.judge === 'answer_correctness')!,
      ),
    );
    const scored = correctness.filter((j) => j.status === 'done');
    expect(scored.map((j) => j.score).sort()).toEqual([1, 2, 2, 5]);
    expect(scored.every((j) => (j.justification ?? '').length > 0)).toBe(true);
    const failed = correctness.filter((j) => j.status === 'error');
    expect(failed).toHaveLength(6);
    for (const j of failed) {
      expect(j.score).toBeNull();
      expect(j.error).toMatch(/429/);
    }
  });
});
