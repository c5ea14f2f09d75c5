// A second model's answers in an imported file: the `response_b` column of tabular formats, and
// Bedrock outputs whose lines hold several models' responses.
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../electron/formats';
import { fixture, readAll, rejection, rejectionOf, tempFile } from './helpers';

describe('response_b detection', () => {
  it.each(['response_b', 'Output_B', 'outputs_b', 'answer_b', 'prediction_b', 'model_b_response', 'MODEL_B_OUTPUT'])(
    'maps a column named %s to response_b',
    (name) => {
      expect(suggestMapping(['question', 'answer', name])).toEqual({
        request: 'question',
        response: 'answer',
        response_b: name,
      });
    },
  );

  it('leaves names that only look alike unmapped', () => {
    expect(suggestMapping(['response', 'response_c', 'b_response'])).toEqual({ response: 'response' });
  });
});

describe('tabular files with two models’ answers', () => {
  it('reads both answers of a CSV row, each named by its column, and keeps the item’s own response', async () => {
    const { reader, records } = await readAll(fixture('two-models.csv'));
    expect(reader.mapping).toEqual({
      id: 'id',
      request: 'question',
      response: 'response',
      response_b: 'response_b',
      expected_response: 'expected_answer',
    });
    expect(records[2]!.item.response).toBe('Sydney is the capital of Australia.');
    expect(records[2]!.item.metadata).toEqual({});
    expect(records[2]!.answers).toEqual([
      { model: 'response', response: 'Sydney is the capital of Australia.' },
      {
        model: 'response_b',
        response: 'Canberra, a planned city chosen as a compromise between "Sydney" and "Melbourne".',
      },
    ]);
    // An empty cell is a model that did not answer that row.
    expect(records[3]!.answers).toEqual([{ model: 'response', response: 'ROUGE.' }]);
  });

  it('reads them from JSONL and JSON arrays under the columns the user mapped', async () => {
    const rows = [
      { prompt: 'q1', gpt: 'a1', claude: 'b1' },
      { prompt: 'q2', gpt: 'a2', claude: null },
    ];
    const mapping = { request: 'prompt', response: 'gpt', response_b: 'claude' };
    const jsonl = await readAll(tempFile('two.jsonl', rows.map((r) => JSON.stringify(r)).join('\n')), { mapping });
    const json = await readAll(tempFile('two.json', JSON.stringify(rows)), { mapping });
    for (const { records } of [jsonl, json]) {
      expect(records.map((r) => r.answers)).toEqual([
        [
          { model: 'gpt', response: 'a1' },
          { model: 'claude', response: 'b1' },
        ],
        [{ model: 'gpt', response: 'a2' }],
      ]);
    }
  });

  it('has no answers when response_b is left unmapped', async () => {
    const { records } = await readAll(fixture('two-models.csv'), {
      mapping: { request: 'question', response: 'response', response_b: null },
    });
    expect(records.every((r) => r.answers.length === 0)).toBe(true);
    expect(records[0]!.item.metadata).toMatchObject({ response_b: 'MLflow is a database.' });
  });

  it('refuses one column mapped as both models’ answers', async () => {
    const e = await rejection(fixture('two-models.csv'), { mapping: { response: 'response', response_b: 'response' } });
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toBe(
      'two-models.csv: column "response" is mapped to both response and response_b; expected two different columns, one per model',
    );
  });
});

describe('Bedrock evaluation output with several models', () => {
  it('keeps the first model’s response on the item and every model’s answer by its identifier', async () => {
    const { records } = await readAll(fixture('bedrock-human-eval-output.jsonl'));
    expect(records[1]!.item.response).toBe('RAG means Random Access Graph.');
    expect(records[1]!.answers).toEqual([
      { model: 'my-rag-app', response: 'RAG means Random Access Graph.' },
      { model: 'baseline-model', response: 'Retrieval-Augmented Generation.' },
    ]);
  });

  it('has no answers when a line holds one model’s response', async () => {
    const { records } = await readAll(fixture('bedrock-eval-output.jsonl'));
    expect(records.every((r) => r.answers.length === 0)).toBe(true);
  });

  it('refuses a line whose responses cannot be told apart, naming the line', async () => {
    const line = (responses: unknown[]) =>
      JSON.stringify({
        automatedEvaluationResult: { scores: [] },
        inputRecord: { prompt: 'q' },
        modelResponses: responses,
      });
    const unnamed = [
      line([{ response: 'a', modelIdentifier: 'm1' }]),
      line([{ response: 'a', modelIdentifier: 'm1' }, { response: 'b' }]),
    ];
    expect(await rejectionOf('unnamed_output.jsonl', unnamed.join('\n'), { format: 'bedrock-output' })).toBe(
      'unnamed_output.jsonl, line 2: modelResponses[1] has no "modelIdentifier"; expected one per response when a line holds several models\' responses',
    );
    const twice = line([
      { response: 'a', modelIdentifier: 'm1' },
      { response: 'b', modelIdentifier: 'm1' },
    ]);
    expect(await rejectionOf('twice_output.jsonl', twice, { format: 'bedrock-output' })).toBe(
      'twice_output.jsonl, line 1: modelResponses names "m1" twice; expected one response per model',
    );
  });
});
