import { describe, expect, it } from 'vitest';
import { fixture, readAll, tempFile } from './helpers';

const PASS_FAIL = { kind: 'pass_fail' };

describe('LangSmith experiment runs with feedback', () => {
  it('reads evaluator feedback as verdicts, people’s feedback as labels, errors as errors', async () => {
    const { reader, records } = await readAll(fixture('langsmith-experiment-runs.json'));
    expect(reader).toMatchObject({ format: 'langsmith', detected: true, mappable: false });
    expect(records.map((r) => r.key)).toEqual(['run-1', 'run-2']);
    const [first, second] = records;
    expect(first!.item).toMatchObject({
      request: 'What year was Python 3 released?',
      response: '2009',
      expected_response: '2008',
      metadata: {
        run_type: 'chain',
        session_id: 'exp-42',
        corrections: [{ key: 'correctness', correction: { answer: '2008' } }],
      },
    });
    expect(
      first!.verdicts.map((v) => [v.judge.name, v.judge.kind, v.status, v.score, v.label, v.justification]),
    ).toEqual([
      ['correctness', 'llm', 'done', 0, null, 'Off by one year.'],
      ['tone', 'llm', 'done', null, 'neutral', 'Plain.'],
    ]);
    expect(first!.labels.map((l) => [l.judge, l.reviewer, l.score, l.rationale])).toEqual([
      ['correctness', 'Ana', 0, 'Wrong year.'],
      ['correctness', 'u9', 1, null],
    ]);
    expect(second!.item.request).toBe(
      JSON.stringify({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Capital of France?' },
        ],
      }),
    );
    expect(second!.item.expected_response).toBe('Paris');
    expect(second!.verdicts.map((v) => [v.judge.name, v.judge.kind, v.status, v.label, v.error])).toEqual([
      ['correctness', 'llm', 'error', null, "RateLimitError('429 Too Many Requests')"],
      ['tone', 'heuristic', 'done', 'formal', null],
    ]);
    expect(second!.verdicts[1]!.judge.outputType).toEqual({ kind: 'categories', categories: ['neutral', 'formal'] });
    expect(second!.labels).toMatchObject([{ judge: 'tone', reviewer: 'Bo', label: 'formal', rationale: 'Agrees.' }]);
  });
});

describe('Langfuse scores', () => {
  it('gathers a UI score export into one item per trace: EVAL/API scores as verdicts, annotations as labels', async () => {
    const { reader, records } = await readAll(fixture('langfuse-scores.csv'));
    expect(reader).toMatchObject({ format: 'langfuse', detected: true });
    expect(records.map((r) => r.key)).toEqual(['t1', 't2']);
    const [t1, t2] = records;
    expect(t1!.verdicts.map((v) => [v.judge.name, v.judge.kind, v.pass, v.justification])).toEqual([
      ['correctness', 'llm', true, 'The answer matches the question.'],
    ]);
    expect(t1!.verdicts[0]!.judge.outputType).toEqual(PASS_FAIL);
    // The API's helpfulness score has no value: no verdict, never a 0.
    expect(t1!.labels).toEqual([
      {
        judge: 'correctness',
        outputType: PASS_FAIL,
        reviewer: 'Ana',
        score: null,
        label: null,
        pass: false,
        rationale: 'Wrong year',
        createdAt: '2025-11-02T09:20:00.000Z',
      },
    ]);
    expect(t2!.verdicts.map((v) => [v.judge.name, v.score, v.judge.outputType])).toEqual([
      ['helpfulness', 0.75, { kind: 'scale', min: 0, max: 1, passThreshold: null }],
    ]);
    expect(t2!.labels.map((l) => [l.judge, l.reviewer, l.label, l.rationale, l.outputType])).toEqual([
      ['tone', 'Bo', 'friendly', null, { kind: 'categories', categories: ['friendly', 'formal'] }],
      ['tone', 'Ana', 'formal', 'Too stiff', { kind: 'categories', categories: ['friendly', 'formal'] }],
    ]);
    expect(t2!.item.metadata).toMatchObject({ corrected_output: ['The capital is Paris.'] });
  });

  it('reads traces carrying their scores (API v3 typed values) with input, output and expected output', async () => {
    const { reader, records } = await readAll(fixture('langfuse-traces-with-scores.json'));
    expect(reader.format).toBe('langfuse');
    expect(records).toHaveLength(1);
    expect(records[0]!.item).toMatchObject({
      request: 'What year was Python 3 released?',
      response: '2009',
      expected_response: '2008',
      metadata: { name: 'qa' },
    });
    expect(records[0]!.verdicts.map((v) => [v.judge.name, v.pass])).toEqual([['correctness', true]]);
    expect(records[0]!.labels.map((l) => [l.reviewer, l.pass, l.rationale])).toEqual([['u7', false, 'Wrong year']]);
  });

  it('reads a v2 API page of scores ({data, meta}) when asked for langfuse', async () => {
    const page = {
      data: [
        {
          id: 's1',
          traceId: 't9',
          name: 'helpfulness',
          value: 4,
          dataType: 'NUMERIC',
          source: 'ANNOTATION',
          authorUserId: 'u1',
        },
        {
          id: 's2',
          traceId: 't9',
          name: 'helpfulness',
          value: 2,
          dataType: 'NUMERIC',
          source: 'ANNOTATION',
          authorUserId: 'u2',
        },
      ],
      meta: { page: 1, limit: 50, totalItems: 2, totalPages: 1 },
    };
    const { records } = await readAll(tempFile('scores-page.json', JSON.stringify(page, null, 2)), {
      format: 'langfuse',
    });
    expect(records.map((r) => r.key)).toEqual(['t9']);
    expect(records[0]!.labels.map((l) => [l.reviewer, l.score, l.outputType])).toEqual([
      ['u1', 4, { kind: 'scale', min: 2, max: 4, passThreshold: null }],
      ['u2', 2, { kind: 'scale', min: 2, max: 4, passThreshold: null }],
    ]);
  });
});
