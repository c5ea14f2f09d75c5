import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejectionOf } from './helpers';

describe('Databricks eval_results.json import', () => {
  it('reads the judges, their ratings and the per-chunk verdicts', async () => {
    const { reader, records } = await readAll(fixture('databricks-eval_results.json'));
    expect(reader).toMatchObject({
      format: 'databricks',
      detected: true,
      mappable: false,
      mapping: {
        id: 'request_id',
        request: 'request',
        response: 'response',
        expected_response: 'expected_response',
        retrieved_context: 'retrieved_context',
      },
    });
    expect(records.map((r) => r.key)).toEqual(['req-1', 'req-2', 'req-3', 'req-4', 'req-5', 'req-6']);
    const first = records[0]!;
    expect(first.item).toMatchObject({
      request: 'What is MLflow?',
      retrieved_context: [
        {
          doc_uri: 'mlflow-overview.md',
          content: 'MLflow is an open source platform for the complete machine learning lifecycle.',
        },
      ],
      metadata: {},
    });
    expect(first.verdicts.map((v) => [v.judge.name, v.judge.kind, v.judge.outputType])).toEqual([
      ['correctness', 'llm', { kind: 'pass_fail' }],
      ['groundedness', 'llm', { kind: 'pass_fail' }],
      ['chunk_relevance', 'llm', { kind: 'pass_fail' }],
    ]);
    const rag = records[3]!;
    expect(rag.verdicts[0]).toMatchObject({
      status: 'done',
      pass: false,
      label: 'no',
      score: null,
      justification: 'Factually wrong.',
    });
    expect(rag.verdicts[2]).toMatchObject({
      status: 'done',
      score: 1,
      pass: null,
      chunks: [{ pass: true, label: 'yes', rationale: 'The chunk answers the question.' }],
    });
  });

  it('reads judge errors, global guidelines, facts, guidelines and document recall', async () => {
    const { records } = await readAll(fixture('databricks-eval_results-variants.json'));
    const [q1, q2, q3] = records;
    expect(q1!.item).toMatchObject({
      expected_facts: ['open source', 'ML lifecycle'],
      guidelines: ['Answer in English.', 'Be concise.'],
      metadata: { 'agent/latency_seconds': 1.25, 'response/overall_assessment/rating': 'yes' },
    });
    expect(q1!.verdicts.map((v) => [v.judge.name, v.pass, v.score])).toEqual([
      ['correctness', true, null],
      ['global_guideline_adherence/english', false, null],
      ['chunk_relevance', null, 0.5],
      ['document_recall', null, 1],
    ]);
    expect(q1!.verdicts[2]!.chunks).toEqual([
      { pass: true, label: 'yes', rationale: 'Describes MLflow.' },
      { pass: false, label: 'no', rationale: 'About Spark, not MLflow.' },
    ]);
    expect(q1!.verdicts[3]!.judge).toMatchObject({
      kind: 'heuristic',
      outputType: { kind: 'scale', min: 0, max: 1 },
    });
    expect(q2!.item.request).toBe('{"messages":[{"role":"user","content":"What does RAG stand for?"}]}');
    expect(q2!.item.guidelines).toEqual({ language: ['Answer in English.'] });
    expect(q2!.verdicts.map((v) => [v.judge.name, v.status, v.error])).toEqual([
      ['correctness', 'error', 'Judge endpoint timed out after 3 retries'],
      ['global_guideline_adherence/english', 'done', null],
      ['chunk_relevance', 'error', 'Context too long'],
    ]);
    // A judge with neither a rating nor an error did not apply to the row.
    expect(q3!.verdicts.map((v) => v.judge.name)).toEqual(['global_guideline_adherence/english', 'chunk_relevance']);
    expect(q3!.item.retrieved_context).toEqual([
      { doc_uri: null, content: 'Canberra is the capital city of Australia.' },
    ]);
  });

  it('refuses an empty table when opening it', async () => {
    const empty = {
      columns: ['request_id', 'request', 'response/llm_judged/safety/rating'],
      data: [],
    };
    expect(await rejectionOf('empty_results.json', JSON.stringify(empty))).toBe(
      'empty_results.json, row 1: no rows: "data" is empty',
    );
  });

  it('refuses ratings other than yes and no, and repeated request ids', async () => {
    const columns = ['request_id', 'request', 'response/llm_judged/safety/rating'];
    expect(
      await rejectionOf(
        'eval_results.json',
        JSON.stringify({
          columns,
          data: [
            ['r1', 'q', 'yes'],
            ['r2', 'q', 'maybe'],
          ],
        }),
      ),
    ).toBe('eval_results.json, row 2: expected "yes" or "no" in "response/llm_judged/safety/rating", found "maybe"');
    expect(
      await rejectionOf(
        'dup.json',
        JSON.stringify({
          columns,
          data: [
            ['r1', 'q', 'yes'],
            ['r2', 'q', 'no'],
            ['r1', 'q', 'no'],
          ],
        }),
      ),
    ).toBe('dup.json, row 3: duplicate id "r1", already used on row 1; expected each row to have its own id');
  });
});
