import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../electron/formats';
import { RAGAS_NO_SCORE } from '../../../electron/formats/score-columns';
import { readAll, tempFile } from './helpers';

const real = (name: string) => `../shared/fixtures/real/${name}`;

/** Verdicts per judge: [done, error]. */
function tally(records: ImportRecord[]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const r of records) {
    for (const v of r.verdicts) {
      const t = (out[v.judge.name] ??= [0, 0]);
      t[v.status === 'done' ? 0 : 1]++;
    }
  }
  return out;
}

describe('RAGAS results import', () => {
  it('reads the French file: fields, Python-list contexts, metrics as 0–1 judges, a never-computed metric dropped', async () => {
    const { reader, records } = await readAll(real('ragas-openagenda-fr-ragas_results.csv'));
    expect(reader.mapping).toEqual({
      request: 'user_input',
      retrieved_context: 'retrieved_contexts',
      response: 'response',
      expected_response: 'reference',
    });
    expect(records).toHaveLength(5);
    expect(records[0]!.item.request).toBe('Quel est le scope temporel des événements ?');
    expect(records[0]!.item.retrieved_context![0]!.content).toMatch(/^Événement : Mai à Vélo 2026\nDescription/);
    expect(tally(records)).toEqual({ faithfulness: [5, 0], context_precision: [5, 0], context_recall: [5, 0] });
    expect(records[0]!.verdicts[0]).toMatchObject({ score: 0.8, status: 'done' });
    expect(records[0]!.verdicts[0]!.judge.outputType).toEqual({ kind: 'scale', min: 0, max: 1, passThreshold: null });
    // Metric columns are verdicts, not metadata; the empty answer_relevancy is not kept as zeros.
    expect(records[0]!.item.metadata).toEqual({});
  });

  it('reads the Italian file: 11 items, 4 judges × 11 verdicts, zeros kept as zeros', async () => {
    const { records } = await readAll(real('ragas-tommaso-it-ragas_results.csv'));
    expect(records).toHaveLength(11);
    expect(tally(records)).toEqual({
      context_precision: [11, 0],
      context_recall: [11, 0],
      faithfulness: [11, 0],
      answer_relevancy: [11, 0],
    });
    expect(records[4]!.verdicts.find((v) => v.judge.name === 'answer_relevancy')!.score).toBe(0);
    // `dell\'acqua` and `""Divina Commedia""` in a Python list inside a CSV cell.
    expect(records[0]!.item.retrieved_context![1]!.content).toContain('Chi ha scritto la "Divina Commedia"?');
    expect(records[0]!.item.retrieved_context![1]!.content).toContain("formula chimica dell'acqua?");
  });

  it('turns empty metric cells into errors, never zeros', async () => {
    const { records } = await readAll(real('ragas-multiplier-ragas_results.csv'));
    expect(records).toHaveLength(10);
    expect(tally(records)).toEqual({ faithfulness: [8, 2], context_precision: [10, 0], context_recall: [10, 0] });
    const failed = records[0]!.verdicts.find((v) => v.judge.name === 'faithfulness')!;
    expect(failed).toMatchObject({ status: 'error', score: null, error: RAGAS_NO_SCORE });
  });

  it('reads RAGAS records written as JSONL, a null score an error', async () => {
    const rows = [
      {
        user_input: 'Q1',
        retrieved_contexts: ['c1'],
        response: 'A1',
        reference: 'R1',
        faithfulness: 0.75,
        context_recall: null,
      },
      { user_input: 'Q2', retrieved_contexts: [], response: 'A2', reference: 'R2', faithfulness: 1, context_recall: 0 },
    ];
    const { records } = await readAll(tempFile('ragas.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')));
    expect(records[0]!.item).toMatchObject({ request: 'Q1', retrieved_context: [{ doc_uri: null, content: 'c1' }] });
    expect(records.map((r) => r.verdicts.map((v) => [v.judge.name, v.status, v.score]))).toEqual([
      [
        ['faithfulness', 'done', 0.75],
        ['context_recall', 'error', null],
      ],
      [
        ['faithfulness', 'done', 1],
        ['context_recall', 'done', 0],
      ],
    ]);
  });

  it('reads the oldest ground_truths lists as the reference, one answer per line', async () => {
    const path = tempFile(
      'ragas-ground-truths.csv',
      'question,contexts,answer,ground_truths,faithfulness\n' + "Q1,\"['c1']\",A1,\"['G1', 'G1 again']\",0.5\n",
    );
    const { records } = await readAll(path);
    expect(records[0]!.item.expected_response).toBe('G1\nG1 again');
  });

  it('reads the pre-0.2 column names, NaN cells and metric(mode=…) columns', async () => {
    const path = tempFile(
      'ragas-old.csv',
      'question,contexts,answer,ground_truth,faithfulness,answer_correctness(mode=f1)\n' +
        'Q1,"[\'c1\', ""c2\'s""]",A1,G1,0.5,NaN\n' +
        'Q2,[],A2,G2,nan,1.0\n',
    );
    const { reader, records } = await readAll(path);
    expect(reader.mapping).toEqual({
      request: 'question',
      retrieved_context: 'contexts',
      response: 'answer',
      expected_response: 'ground_truth',
    });
    expect(records[0]!.item.retrieved_context).toEqual([
      { doc_uri: null, content: 'c1' },
      { doc_uri: null, content: "c2's" },
    ]);
    expect(records[1]!.item.retrieved_context).toEqual([]);
    expect(tally(records)).toEqual({ faithfulness: [1, 1], 'answer_correctness(mode=f1)': [1, 1] });
    expect(records[1]!.verdicts[1]).toMatchObject({ status: 'done', score: 1 });
  });
});
