import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejectionOf, tempFile } from './helpers';

const real = (name: string) => `../shared/fixtures/real/${name}`;

describe('DeepEval test run import', () => {
  it('reads a G-Eval metric as a judge with its score, threshold, pass and reason', async () => {
    const { reader, records } = await readAll(real('deepeval-michelin-latest_test_run.json'));
    expect(reader.format).toBe('deepeval');
    expect(records).toHaveLength(1);
    expect(records[0]!.item.request).toBe(' Should I invest on Apple for in 2025 ?');
    expect(records[0]!.item.response).toMatch(/^As of now, Apple Inc\. \(AAPL\) is trading at \$263\.75/);
    expect(records[0]!.verdicts).toEqual([
      expect.objectContaining({
        status: 'done',
        score: 0.3,
        pass: false,
        justification: expect.stringMatching(/^The output provides current financial data/),
      }),
    ]);
    expect(records[0]!.verdicts[0]!.judge).toEqual({
      name: 'Coherence [GEval]',
      version: null,
      outputType: { kind: 'scale', min: 0, max: 1, passThreshold: 0.5 },
      kind: 'llm',
      model: 'proxy-gpt-4.1',
      instructions: null,
    });
    expect(records[0]!.item.metadata).toMatchObject({ name: 'test_correctness', success: false, order: 0 });
  });

  it('reads request, response and reference with an Exact Match verdict', async () => {
    const { records } = await readAll(real('deepeval-prkulkar-latest_test_run.json'));
    expect(records[0]!.item).toMatchObject({
      request: 'what is capital of india?',
      response: 'Delhi',
      expected_response: 'Delhi',
    });
    expect(records[0]!.verdicts).toEqual([
      expect.objectContaining({
        score: 1,
        pass: true,
        justification: 'The actual and expected outputs are exact matches.',
      }),
    ]);
    expect(records[0]!.verdicts[0]!.judge).toMatchObject({ name: 'Exact Match', kind: 'heuristic', model: null });
  });

  it('reads retrieval context, several metrics, and a metric error as an error verdict without a score', async () => {
    const { records } = await readAll(fixture('deepeval-test-run.json'));
    expect(records).toHaveLength(2);
    expect(records[0]!.item.retrieved_context).toEqual([
      { doc_uri: null, content: 'Refunds: items may be returned within 30 days of delivery.' },
      { doc_uri: null, content: 'Shipping takes 3-5 days.' },
    ]);
    expect(records[0]!.item.expected_response).toBe('30 days from delivery.');
    expect(records[0]!.verdicts.map((v) => [v.judge.name, v.status, v.score, v.error])).toEqual([
      ['Faithfulness', 'done', 1, null],
      ['Contextual Precision', 'error', null, 'RateLimitError: Error code: 429 - You exceeded your current quota'],
    ]);
    expect(records[0]!.verdicts[0]!.cost).toBe(0.0012);
    // Both cases' Faithfulness verdicts share one judge.
    expect(records[1]!.verdicts[0]!.judge).toBe(records[0]!.verdicts[0]!.judge);
    expect(records[1]!.item.metadata).toMatchObject({ additionalMetadata: { locale: 'en-GB' } });
    expect(records[1]!.item.metadata).not.toHaveProperty('metricsData');
  });

  it('says which parts it reads and that multi-turn test cases are not read', async () => {
    const { reader } = await readAll(fixture('deepeval-test-run.json'));
    expect(reader.columnUses.filter((u) => u.use !== 'metadata')).toEqual([
      { column: 'input', use: 'field', detail: 'request' },
      { column: 'actualOutput', use: 'field', detail: 'response' },
      { column: 'expectedOutput', use: 'field', detail: 'expected_response' },
      { column: 'retrievalContext', use: 'field', detail: 'retrieved_context' },
      { column: 'metricsData', use: 'verdict', detail: 'one judge per metric; a metric error an error verdict' },
    ]);
    const path = tempFile(
      'conversational.json',
      JSON.stringify({
        testRunData: {
          testCases: [{ input: 'q', actualOutput: 'a', metricsData: [] }],
          conversationalTestCases: [{ turns: [] }, { turns: [] }],
          testPassed: 1,
        },
      }),
    );
    const { reader: withTurns } = await readAll(path);
    expect(withTurns.columnUses).toContainEqual({
      column: 'conversationalTestCases',
      use: 'ignored',
      detail: '2 multi-turn test cases, not read',
    });
  });

  it('refuses a run with no test cases and a metric without a name, saying where', async () => {
    expect(await rejectionOf('empty.json', '{"testRunData": {"testCases": [], "testPassed": 0}}')).toMatch(
      /no test cases: expected "testRunData.testCases"/,
    );
    expect(
      await rejectionOf(
        'nameless.json',
        '{"testCases": [{"input": "q", "metricsData": [{"score": 1}]}], "testPassed": 1}',
      ),
    ).toMatch(/row 1.*metricsData\[0\] to be a metric with a "name"/);
  });
});
