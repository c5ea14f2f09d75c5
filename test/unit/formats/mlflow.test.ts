import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejectionOf } from './helpers';

const genai = { kind: 'scale', min: 1, max: 5, passThreshold: null };

describe('MLflow eval_results_table.json import', () => {
  it('reads one judge per NAME/VERSION with its scores and justifications', async () => {
    const { reader, records } = await readAll(fixture('mlflow-eval_results_table.json'));
    expect(reader).toMatchObject({
      format: 'mlflow',
      detected: true,
      mappable: false,
      mapping: { request: 'inputs', response: 'outputs', expected_response: 'ground_truth' },
    });
    expect(records).toHaveLength(6);
    expect(records.map((r) => r.key)).toEqual(['1', '2', '3', '4', '5', '6']);
    const first = records[0]!;
    expect(first.item).toMatchObject({
      request: 'What is MLflow?',
      expected_response: 'MLflow is an open-source platform for the end-to-end ML lifecycle.',
      metadata: { token_count: 31 },
    });
    expect(first.verdicts.map((v) => [v.judge.name, v.judge.version, v.judge.kind, v.judge.outputType])).toEqual([
      ['answer_similarity', 'v1', 'llm', genai],
      ['answer_correctness', 'v1', 'llm', genai],
    ]);
    expect(first.verdicts[1]).toMatchObject({
      status: 'done',
      score: 5,
      pass: null,
      justification: 'All stated facts agree with the reference.',
    });
    const rag = records[3]!;
    expect(rag.item.response).toBe('RAG means Random Access Graph.');
    expect(rag.verdicts.map((v) => [v.score, v.justification])).toEqual([
      [1, 'Unrelated expansion.'],
      [1, 'Factually wrong.'],
    ]);
    // Every verdict of a judge shares the judge object.
    expect(records[5]!.verdicts[0]!.judge).toBe(first.verdicts[0]!.judge);
  });

  it('turns a failed judge call into an error verdict and skips missing scores', async () => {
    const { reader, records } = await readAll(fixture('mlflow-eval_results-failed.json'));
    expect(reader.format).toBe('mlflow');
    expect(reader.mapping).toEqual({
      request: 'question',
      expected_response: 'targets',
      response: 'predictions',
    });
    expect(records[0]!.item.metadata).toEqual({ token_count: 6, latency: 0.41 });
    const judges = records[0]!.verdicts.map((v) => [v.judge.name, v.judge.kind, v.judge.outputType]);
    expect(judges).toEqual([
      ['answer_correctness', 'llm', genai],
      ['toxicity', 'heuristic', { kind: 'scale', min: 0, max: 1, passThreshold: null }],
      // A heuristic without a fixed range gets the range its scores span.
      ['flesch_kincaid_grade_level', 'heuristic', { kind: 'scale', min: 3, max: 12, passThreshold: null }],
    ]);
    expect(records[1]!.verdicts[0]).toMatchObject({
      status: 'error',
      score: null,
      error: 'Failed to score the response: the judge endpoint returned 429 Too Many Requests.',
    });
    expect(records[2]!.verdicts.map((v) => v.judge.name)).toEqual(['toxicity', 'flesch_kincaid_grade_level']);
  });

  it('refuses a score that is not a number, naming the row', async () => {
    const table = {
      columns: ['inputs', 'relevance/v1/score', 'relevance/v1/justification'],
      data: [
        ['q1', 4, 'ok'],
        ['q2', 'high', 'ok'],
      ],
    };
    expect(await rejectionOf('eval_results_table.json', JSON.stringify(table))).toBe(
      'eval_results_table.json, row 2: expected a number or null in "relevance/v1/score", found "high"',
    );
  });
});
