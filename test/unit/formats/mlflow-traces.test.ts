import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fixture, readAll, rejectionOf, tempFile } from './helpers';

const gpt4o = 'openai:/gpt-4o';

describe('MLflow 3 trace JSON', () => {
  it('reads one trace: judge feedback as a verdict, human feedback as a label, the expectation as the reference', async () => {
    const { reader, records } = await readAll(fixture('mlflow3-trace.json'));
    expect(reader).toMatchObject({ format: 'mlflow-traces', detected: true, mappable: false });
    expect(records).toHaveLength(1);
    const [trace] = records;
    expect(trace!.key).toBe('tr-7f3a');
    expect(trace!.item).toMatchObject({
      // The root span's inputs, a chat message list, stay JSON for the desk to show as turns.
      request: JSON.stringify({
        messages: [
          { role: 'system', content: 'Answer briefly.' },
          { role: 'user', content: 'When was the product released?' },
        ],
      }),
      response: 'It was released in 2018.',
      expected_response: 'Released in 2018.',
      metadata: { state: 'OK', execution_duration_ms: 842, tags: { env: 'prod' } },
    });
    // The judge's overridden "no" stays the judge's verdict; the human's "yes" overriding it is a label.
    expect(
      trace!.verdicts.map((v) => [
        v.judge.name,
        v.judge.kind,
        v.judge.model,
        v.status,
        v.pass,
        v.justification,
        v.error,
      ]),
    ).toEqual([
      ['correctness', 'llm', 'openai:/gpt-4o-mini', 'done', false, 'Wrong year.', null],
      ['retrieval_groundedness', 'heuristic', null, 'error', null, null, 'No retriever span found in the trace.'],
    ]);
    expect(trace!.verdicts[0]!.judge.outputType).toEqual({ kind: 'pass_fail' });
    expect(trace!.labels).toEqual([
      {
        judge: 'correctness',
        outputType: { kind: 'pass_fail' },
        reviewer: 'ana@x.org',
        score: null,
        label: null,
        pass: true,
        rationale: '2018 is right: the 2019 date is the second edition.',
        createdAt: '2025-11-03T10:00:00.000Z',
      },
    ]);
  });
});

describe('MLflow 3 traces, one per line', () => {
  it('reads trace JSON lines with MLflow 2 request ids', async () => {
    const trace = JSON.parse(readFileSync(fixture('mlflow3-trace.json'), 'utf8')) as { info: Record<string, unknown> };
    const { trace_id: _id, ...info } = trace.info;
    const lines = [JSON.stringify(trace), JSON.stringify({ ...trace, info: { ...info, request_id: 'tr-old' } })];
    const { reader, records } = await readAll(tempFile('traces.jsonl', lines.join('\n')));
    expect(reader.format).toBe('mlflow-traces');
    expect(records.map((r) => [r.key, r.verdicts.length, r.labels.length])).toEqual([
      ['tr-7f3a', 2, 1],
      ['tr-old', 2, 1],
    ]);
  });
});

describe('MLflow 3 search_traces / genai.evaluate tables', () => {
  // pandas writes list and dict cells as Python literals (`to_csv`), the JSON fixtures as JSON.
  for (const name of ['mlflow3-search-traces.json', 'mlflow3-search-traces.csv', 'mlflow3-search-traces-pandas.csv']) {
    it(`reads ${name}: several reviewers, numeric scales, errors, expectations and a judge's later verdict`, async () => {
      const { reader, records } = await readAll(fixture(name));
      expect(reader.format).toBe('mlflow-traces');
      expect(records.map((r) => r.key)).toEqual(['tr-1', 'tr-2']);
      const [first, second] = records;
      expect(first!.item).toMatchObject({
        request: 'What is MLflow?',
        response: 'An open-source ML platform.',
        expected_facts: ['open source', 'ML lifecycle'],
      });
      const relevance = { kind: 'scale', min: 1, max: 5, passThreshold: null };
      expect(
        first!.verdicts.map((v) => [v.judge.name, v.judge.model, v.status, v.score, v.justification, v.error]),
      ).toEqual([
        ['relevance', gpt4o, 'done', 4, 'On topic.', null],
        ['tone', gpt4o, 'error', null, null, '429 Too Many Requests'],
      ]);
      expect(first!.verdicts[0]!.judge.outputType).toEqual(relevance);
      expect(first!.labels.map((l) => [l.judge, l.reviewer, l.score, l.rationale])).toEqual([
        ['relevance', 'ana@x.org', 5, 'Fully relevant.'],
        ['relevance', 'bo@x.org', 3, null],
      ]);
      // The valid verdict wins; the one it overrides is kept in the metadata, not lost.
      expect(second!.verdicts.map((v) => [v.judge.name, v.score, v.label, v.justification])).toEqual([
        // An assessment without a time sorts before the timed ones.
        ['tone', null, 'neutral', null],
        ['relevance', 2, null, 'Short but right.'],
      ]);
      expect(second!.item.metadata.overridden_assessments).toMatchObject([{ assessment_id: 'a-20', valid: false }]);
      expect(second!.verdicts[0]!.judge.outputType).toEqual({ kind: 'categories', categories: ['neutral'] });
    });
  }

  it('refuses a row without a trace id, naming the row', async () => {
    const rows = [
      { trace_id: 't1', assessments: [] },
      { trace_id: '', assessments: [] },
    ];
    expect(await rejectionOf('traces.json', JSON.stringify(rows))).toBe(
      'traces.json, row 2: expected a "trace_id" (every MLflow trace has one)',
    );
  });
});
