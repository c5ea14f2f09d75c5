import { describe, expect, it } from 'vitest';
import { fixture, readAll, rejectionOf, tempFile } from './helpers';

const unit = { kind: 'scale', min: 0, max: 1, passThreshold: null };
const claude = 'anthropic.claude-3-5-sonnet-20240620-v1:0';

describe('Bedrock evaluation dataset import', () => {
  it('reads prompts, references, categories and bring-your-own responses', async () => {
    const { reader, records } = await readAll(fixture('bedrock-dataset.jsonl'));
    expect(reader).toMatchObject({
      format: 'bedrock-dataset',
      detected: true,
      mappable: false,
      columns: ['prompt', 'referenceResponse', 'category', 'modelResponses'],
      mapping: {
        request: 'prompt',
        response: 'modelResponses',
        expected_response: 'referenceResponse',
      },
    });
    expect(records.map((r) => r.key)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(records[2]!.item).toEqual({
      request: 'How do I convert a Spark DataFrame to pandas?',
      response: 'Call toPandas() on the DataFrame.',
      expected_response: 'Use the toPandas() method.',
      expected_facts: null,
      guidelines: null,
      retrieved_context: null,
      metadata: { category: 'General', model: 'my-rag-app' },
    });
    expect(records[5]!.item).toMatchObject({
      request: 'What is the capital of Australia?',
      expected_response: 'Canberra.',
    });
    expect(records.every((r) => r.verdicts.length === 0 && r.labels.length === 0)).toBe(true);
  });

  it('refuses a line without a prompt, naming the line', async () => {
    const lines = ['{"prompt":"q1","referenceResponse":"a1"}', '', '{"referenceResponse":"a2","category":"x"}'];
    expect(await rejectionOf('dataset.jsonl', lines.join('\n'), { format: 'bedrock-dataset' })).toBe(
      'dataset.jsonl, line 3: expected a "prompt" (every line of a Bedrock dataset needs one)',
    );
  });
});

describe('Bedrock evaluation output import', () => {
  it('reads one judge per metric with the evaluator model and explanations', async () => {
    const { reader, records } = await readAll(fixture('bedrock-eval-output.jsonl'));
    expect(reader).toMatchObject({ format: 'bedrock-output', detected: true, mappable: false });
    expect(records).toHaveLength(6);
    expect(records[0]!.item).toMatchObject({
      request: 'What is MLflow?',
      response:
        'MLflow is an open-source platform for managing the machine learning lifecycle: tracking, packaging, registry and deployment.',
      expected_response: 'MLflow is an open-source platform for the end-to-end ML lifecycle.',
      metadata: { category: 'General', model: 'my-rag-app' },
    });
    expect(records[0]!.verdicts.map((v) => v.judge)).toEqual([
      {
        name: 'Builtin.Correctness',
        version: null,
        outputType: unit,
        kind: 'llm',
        model: claude,
        instructions: null,
      },
      {
        name: 'Builtin.Completeness',
        version: null,
        outputType: unit,
        kind: 'llm',
        model: claude,
        instructions: null,
      },
    ]);
    expect(records[5]!.verdicts.map((v) => [v.score, v.justification])).toEqual([
      [0.75, 'Mostly consistent.'],
      [0.5, 'Mentions a city in Australia, as the reference does.'],
    ]);
    expect(records[3]!.verdicts.map((v) => v.score)).toEqual([0, 0]);
    expect(records[5]!.item).toMatchObject({
      request: 'What is the capital of Australia?',
      response: 'Sydney is the capital of Australia.',
      expected_response: 'Canberra.',
    });
  });

  it('skips "not applicable" (null) results and scales custom metrics by their values', async () => {
    const line = (scores: unknown[]) =>
      JSON.stringify({
        automatedEvaluationResult: { scores },
        inputRecord: { prompt: 'q', referenceResponse: 'r' },
        modelResponses: [{ response: 'a', modelIdentifier: 'm' }],
      });
    const score = (metricName: string, result: unknown) => ({
      metricName,
      result,
      evaluatorDetails: [{ modelIdentifier: 'judge-model', explanation: `why ${String(result)}` }],
    });
    const path = tempFile(
      'output.jsonl',
      [
        line([score('Builtin.Refusal', null), score('tone', 4)]),
        line([score('Builtin.Refusal', 0), score('tone', 2)]),
      ].join('\n'),
    );
    const { records } = await readAll(path);
    expect(records[0]!.verdicts.map((v) => [v.judge.name, v.score])).toEqual([['tone', 4]]);
    expect(records[1]!.verdicts.map((v) => [v.judge.name, v.score])).toEqual([
      ['Builtin.Refusal', 0],
      ['tone', 2],
    ]);
    expect(records[1]!.verdicts[1]!.judge.outputType).toEqual({
      kind: 'scale',
      min: 2,
      max: 4,
      passThreshold: null,
    });
  });

  it('reads human evaluation answers as labels', async () => {
    const { reader, records } = await readAll(fixture('bedrock-human-eval-output.jsonl'));
    expect(reader.format).toBe('bedrock-output');
    expect(records.map((r) => r.verdicts.length)).toEqual([0, 0, 0]);
    const [mlflow, rag, canberra] = records;
    expect(mlflow!.item.metadata).toEqual({ category: 'General', model: 'my-rag-app' });
    // Ratings of the second model's response are left out: the item holds the first one's.
    expect(mlflow!.labels).toEqual([
      {
        judge: 'Correctness',
        outputType: { kind: 'pass_fail' },
        reviewer: 'bedrock:worker-a1',
        score: null,
        label: null,
        pass: true,
        rationale: null,
        createdAt: '2025-03-04T10:15:30.000Z',
      },
      expect.objectContaining({
        judge: 'Helpfulness',
        score: 4,
        outputType: { kind: 'scale', min: 1, max: 5, passThreshold: null },
      }),
      expect.objectContaining({ judge: 'Preference', pass: true, label: '0' }),
      expect.objectContaining({
        judge: 'Fluency',
        score: 1,
        outputType: { kind: 'scale', min: 1, max: 2, passThreshold: null },
      }),
    ]);
    // humanEvaluationResult as an array, two workers.
    expect(rag!.labels.map((l) => [l.reviewer, l.judge, l.pass, l.score, l.label])).toEqual([
      ['bedrock:worker-a1', 'Correctness', false, null, null],
      ['bedrock:worker-a1', 'Preference', false, null, '1'],
      ['bedrock:worker-b2', 'Correctness', false, null, null],
      ['bedrock:worker-b2', 'Overall', null, 5, null],
    ]);
    // The input record has no responses: the line's own modelResponses give the response.
    expect(canberra!.item.response).toBe('Sydney is the capital of Australia.');
    expect(canberra!.labels.map((l) => [l.judge, l.score, l.createdAt])).toEqual([
      ['Helpfulness', 2, '2025-03-04T11:05:30.000Z'],
    ]);
  });

  it('refuses a thumbs rating that is not true or false', async () => {
    const line = {
      humanEvaluationResult: {
        humanAnswers: [
          {
            answerContent: {
              evaluationResults: {
                thumbsUpDown: [{ metricName: 'Accuracy', modelResponseId: '0', result: 'meh' }],
              },
            },
            workerId: 'w',
          },
        ],
      },
      inputRecord: { prompt: 'q' },
    };
    expect(await rejectionOf('human_output.jsonl', `\n${JSON.stringify(line)}\n`)).toBe(
      'human_output.jsonl, line 2: expected true or false as the result, found "meh" in thumbsUpDown "Accuracy"',
    );
  });
});
