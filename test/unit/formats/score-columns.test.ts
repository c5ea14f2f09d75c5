import { describe, expect, it } from 'vitest';
import { readAll, tempFile } from './helpers';

const real = (name: string) => `../shared/fixtures/real/${name}`;

describe('score and justification columns in plain tables', () => {
  it('reads the judge-multiplier CSV: response, 4 judges on 0–10, samples and feedback kept', async () => {
    const { reader, records } = await readAll(real('judge-multiplier-llm_judge_results.csv'));
    expect(reader.mapping).toEqual({
      request: 'query',
      expected_response: 'ground_truth',
      response: 'generated_answer',
    });
    expect(records).toHaveLength(10);
    expect(records[0]!.item.response).toMatch(/^Certainly! Here is a comprehensive/);
    const names = records[0]!.verdicts.map((v) => v.judge.name);
    expect(names).toEqual(['faithfulness', 'correctness', 'relevance', 'singapore_relevance']);
    for (const r of records) expect(r.verdicts).toHaveLength(4);
    expect(records[0]!.verdicts[0]).toMatchObject({ status: 'done', score: 8 });
    expect(records[0]!.verdicts[0]!.judge.outputType).toEqual({ kind: 'scale', min: 0, max: 10, passThreshold: null });
    expect(Object.keys(records[0]!.item.metadata)).toEqual([
      'faithfulness_scores',
      'correctness_scores',
      'relevance_scores',
      'singapore_relevance_scores',
      'reasoning',
      'feedback',
    ]);
  });

  it('pairs X_score with X_reason (and localised forms), reads each scale from the values', async () => {
    const path = tempFile(
      'pairs.jsonl',
      [
        {
          q: 'a',
          tone_score: 4,
          tone_reason: 'warm',
          safe: true,
          safe_rationale: 'ok',
          exact: 1,
          exact_commentaire: 'oui',
          pertinence_note: 0.5,
          pertinence_justification: 'moyen',
        },
        {
          q: 'b',
          tone_score: 2,
          tone_reason: 'cold',
          safe: false,
          safe_rationale: 'leak',
          exact: 0,
          exact_commentaire: 'non',
          pertinence_note: null,
          pertinence_justification: 'Error: 429 Too Many Requests',
        },
        {
          q: 'c',
          tone_score: null,
          tone_reason: null,
          safe: null,
          safe_rationale: null,
          exact: 1,
          exact_commentaire: null,
          pertinence_note: 1,
          pertinence_justification: null,
        },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const { records } = await readAll(path);
    const judges = Object.fromEntries(records[0]!.verdicts.map((v) => [v.judge.name, v.judge.outputType]));
    expect(judges).toEqual({
      tone: { kind: 'scale', min: 1, max: 5, passThreshold: null },
      safe: { kind: 'pass_fail' },
      exact: { kind: 'pass_fail' },
      pertinence: { kind: 'scale', min: 0, max: 1, passThreshold: null },
    });
    expect(records[0]!.verdicts[0]).toMatchObject({ score: 4, justification: 'warm' });
    expect(records[1]!.verdicts[1]).toMatchObject({ pass: false, justification: 'leak' });
    expect(records[1]!.verdicts[2]).toMatchObject({ pass: false, score: 0, justification: 'non' });
    expect(records[1]!.verdicts[3]).toMatchObject({
      status: 'error',
      score: null,
      error: 'Error: 429 Too Many Requests',
    });
    // An empty score with no reason: not rated, no verdict.
    expect(records[2]!.verdicts.map((v) => v.judge.name)).toEqual(['exact', 'pertinence']);
    expect(records[0]!.item.metadata).toEqual({ q: 'a' });
  });

  it('reads human rating columns as labels: named reviewers, a reviewer column, or "imported"', async () => {
    const several = tempFile(
      'reviewers.csv',
      'question,answer,correctness,correctness_reason,annotator_alice,annotator_bob\n' +
        'Q1,A1,5,fine,4,5\n' +
        'Q2,A2,1,wrong,,2\n',
    );
    const { records } = await readAll(several);
    expect(records[0]!.labels).toEqual([
      expect.objectContaining({ judge: 'correctness', reviewer: 'alice', score: 4 }),
      expect.objectContaining({ judge: 'correctness', reviewer: 'bob', score: 5 }),
    ]);
    expect(records[1]!.labels).toEqual([expect.objectContaining({ reviewer: 'bob', score: 2 })]);

    const byColumn = tempFile(
      'by-column.csv',
      'question,answer,helpful_score,helpful_explanation,human_helpful,human_helpful_comment,reviewer,label\n' +
        'Q1,A1,0.9,good,yes,agree,dana,good\n' +
        'Q2,A2,0.2,bad,no,,,bad\n',
    );
    const { records: rows } = await readAll(byColumn);
    expect(rows[0]!.labels).toEqual([
      expect.objectContaining({ judge: 'helpful', reviewer: 'dana', pass: true, rationale: 'agree' }),
      expect.objectContaining({
        judge: 'helpful',
        reviewer: 'dana',
        label: 'good',
        outputType: { kind: 'categories', categories: ['bad', 'good'] },
      }),
    ]);
    expect(rows[1]!.labels[0]).toMatchObject({ reviewer: 'imported', pass: false, rationale: null });
    expect(rows[1]!.item.metadata).toEqual({});
  });

  it('leaves a plain numeric column, a written answer and free-text comments as metadata', async () => {
    const long = 'a comment far longer than any category word a rater would pick';
    const { records } = await readAll(
      tempFile('plain.csv', `question,answer,latency,human_answer,human_note\nQ,A,12,Paris,${long}\n`),
    );
    expect(records[0]!.verdicts).toEqual([]);
    expect(records[0]!.labels).toEqual([]);
    expect(records[0]!.item.metadata).toEqual({ latency: '12', human_answer: 'Paris', human_note: long });
  });
});
