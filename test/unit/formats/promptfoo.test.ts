import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejectionOf } from './helpers';

describe('promptfoo results.json import', () => {
  it('reads one row per result with its assertions as verdicts', async () => {
    const { reader, records } = await readAll(fixture('promptfoo-results.json'));
    expect(reader).toMatchObject({
      format: 'promptfoo',
      detected: true,
      mappable: false,
      columns: ['question', 'answer', 'expected'],
      mapping: { request: 'question', expected_response: 'expected' },
    });
    expect(records.map((r) => r.key)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(records[0]!.item).toMatchObject({
      request: 'What is MLflow?',
      response:
        'MLflow is an open-source platform for managing the machine learning lifecycle: tracking, packaging, registry and deployment.',
      expected_response: 'MLflow is an open-source platform for the end-to-end ML lifecycle.',
      metadata: {
        provider: 'echo',
        testIdx: 0,
        promptIdx: 0,
        success: true,
        score: 1,
        failureReason: 0,
      },
    });
    expect(records[0]!.verdicts[0]!.judge).toEqual({
      name: 'llm-rubric',
      version: null,
      outputType: { kind: 'pass_fail' },
      kind: 'llm',
      model: 'openai:chat:gpt-4o-mini',
      instructions: 'The answer is factually consistent with the expected answer: {{expected}}',
    });
    expect(records[3]!.verdicts).toEqual([
      expect.objectContaining({
        status: 'done',
        pass: false,
        score: 0.25,
        justification: 'The answer earns 2 of 5: it misses the expected facts.',
        latencyMs: 2,
        cost: 0,
        inputTokens: 185,
        outputTokens: 24,
      }),
    ]);
    expect(records[2]!.verdicts[0]).toMatchObject({ pass: true, score: 0.5 });
    expect(records[4]!.item).toMatchObject({
      request: 'Which metric measures overlap of n-grams between a summary and a reference?',
      response: 'ROUGE measures n-gram overlap between a candidate and reference summaries.',
      expected_response: 'ROUGE.',
    });
    expect(JSON.parse(records[4]!.sourceJson).testIdx).toBe(4);
  });

  it('reads manual ratings as labels and names repeated metrics', async () => {
    const { reader, records } = await readAll(fixture('promptfoo-results-human.json'));
    expect(reader.columns).toEqual(['question', 'expected', 'topic']);
    expect(records.map((r) => r.key)).toEqual(['0', '0-1', '1', '2']);
    const [first, second, third, errored] = records;
    expect(first!.verdicts.map((v) => [v.judge.name, v.judge.kind, v.judge.model, v.pass])).toEqual([
      ['llm-rubric', 'llm', 'openai:chat:gpt-4o-mini', true],
      ['contains', 'heuristic', null, true],
    ]);
    expect(first!.item.metadata).toMatchObject({ team: 'search' });
    expect(first!.item.metadata).not.toHaveProperty('_promptfooFileMetadata');
    // Several assertions and no metric: the manual rating is about the whole row.
    expect(first!.labels).toEqual([
      {
        judge: 'overall',
        outputType: { kind: 'pass_fail' },
        reviewer: 'promptfoo',
        score: 0,
        label: null,
        pass: false,
        rationale: 'Misses the tracking and registry components.',
        createdAt: null,
      },
    ]);
    expect(second!.verdicts.map((v) => [v.judge.name, v.judge.instructions, v.pass])).toEqual([
      ['accuracy', 'The answer is factually consistent with the expected answer: {{expected}}', false],
      ['accuracy#2', 'Is the answer concise?', true],
    ]);
    expect(second!.labels.map((l) => [l.judge, l.pass, l.rationale])).toEqual([
      ['accuracy', false, 'MLflow is not a database.'],
    ]);
    // One assertion: the manual rating labels it; promptfoo's boilerplate reason is not a rationale.
    expect(third!.labels.map((l) => [l.judge, l.pass, l.score, l.rationale])).toEqual([['factuality', true, 1, null]]);
    // No var holds the question: the rendered prompt is the request.
    expect(third!.item).toMatchObject({
      request: 'Expand the acronym RAG.',
      metadata: { topic: 'RAG' },
    });
    expect(errored!.verdicts).toEqual([]);
    expect(errored!.item).toMatchObject({
      response: null,
      metadata: { failureReason: 2, error: 'Request timed out after 30000 ms' },
    });
  });

  it('reads results.version 2 files, with named scores as one judge per metric', async () => {
    const { reader, records } = await readAll(fixture('promptfoo-results-v2.json'));
    expect(reader.format).toBe('promptfoo');
    expect(records.map((r) => r.key)).toEqual(['1', '2']);
    expect(records[0]!.item).toMatchObject({
      request: 'Can I change my delivery address?',
      response: 'Yes, until the parcel ships.',
      metadata: { provider: 'openai:gpt-3.5-turbo', success: true, score: 0.9 },
    });
    // Helpfulness comes from its assertion (with the reason); Brevity only from namedScores.
    expect(records[0]!.verdicts.map((v) => [v.judge.name, v.score, v.pass, v.justification])).toEqual([
      ['Helpfulness', 0.8, true, 'The answer addresses the question.'],
      ['Brevity', 1, null, null],
    ]);
    expect(records[1]!.verdicts.map((v) => [v.judge.name, v.score])).toEqual([
      ['Helpfulness', 0.2],
      ['Brevity', 0.5],
    ]);
    expect(records[1]!.verdicts[1]!.judge).toBe(records[0]!.verdicts[1]!.judge);
    expect(records[1]!.verdicts[1]!.judge.outputType).toEqual({ kind: 'scale', min: 0, max: 1, passThreshold: null });
  });

  it('refuses other results versions', async () => {
    const v1 = JSON.stringify({ evalId: 'x', results: { version: 1, table: {}, results: [] } }, null, 2);
    expect(await rejectionOf('old-results.json', v1)).toBe(
      'old-results.json, line 4: results.version is 1; expected 2 or 3 (export again with a current promptfoo: promptfoo eval -o results.json)',
    );
  });
});
