import { describe, expect, it } from 'vitest';
import { fixture, readAll, realFile, rejectionOf } from './helpers';

const nova = 'us.amazon.nova-pro-v1:0';

describe('Bedrock RAG evaluation dataset (bring your own inference)', () => {
  it('reads the published sample: question, answer, reference and retrieved passages of all 50 lines', async () => {
    const { reader, records } = await readAll(realFile('bedrock-rag-eval-byoi-sample-data.jsonl'));
    expect(reader).toMatchObject({ format: 'bedrock-rag', detected: true, mappable: false });
    expect(records).toHaveLength(50);
    const first = records[0]!.item;
    expect(first).toMatchObject({
      request: "What is Amazon's SEC file number?",
      response: "Amazon's SEC file number is 000-22513.",
      expected_response: "Amazon's SEC file number is 000-22513.",
      retrieved_context: [
        { doc_uri: null, content: 'Commission File No. 000-22513' },
        { doc_uri: null, content: 'AMAZON.COM, INC. (Exact name of registrant as specified in its charter)' },
      ],
    });
    expect(first.metadata).toMatchObject({ model: 'third-party-model', knowledge_base: 'third-party-RAG' });
    expect(first.metadata.citations).toHaveLength(3);
    for (const { item } of records) {
      expect(item.request).toBeTruthy();
      expect(item.response).toBeTruthy();
      expect(item.expected_response).toBeTruthy();
      expect(item.retrieved_context!.length).toBeGreaterThan(0);
    }
    expect(records.every((r) => r.verdicts.length === 0 && r.labels.length === 0)).toBe(true);
  });

  it('refuses a line with two turns or without a question, naming the line', async () => {
    const turn = '{"prompt":{"content":[{"text":"q"}]}}';
    expect(
      await rejectionOf('rag.jsonl', `{"conversationTurns":[${turn}]}\n{"conversationTurns":[${turn},${turn}]}`),
    ).toBe(
      'rag.jsonl, line 2: "conversationTurns" holds 2 turns; expected one (Bedrock RAG evaluations take one turn per prompt)',
    );
    expect(await rejectionOf('rag.jsonl', '{"conversationTurns":[{"prompt":{"content":[]}}]}')).toBe(
      'rag.jsonl, line 1: expected conversationTurns[0].prompt.content[0].text (the question)',
    );
  });
});

describe('Bedrock RAG evaluation job output', () => {
  it('reads each metric of a turn as a judge verdict with its explanation, and the passages with their sources', async () => {
    const { reader, records } = await readAll(fixture('bedrock-rag-eval-output.jsonl'));
    expect(reader.format).toBe('bedrock-rag');
    expect(records[0]!.item).toMatchObject({
      request: 'How often should the pump be serviced?',
      response: 'Service the pump every two years.',
      expected_response: 'Every two years.',
      retrieved_context: [
        { doc_uri: 's3://manuals/pump.pdf', content: 'Service every 2 years.' },
        { doc_uri: 's3://manuals/faq.md', content: 'Warranty lasts 5 years.' },
      ],
      metadata: { model: 'my-rag-app', knowledge_base: 'pump-manuals' },
    });
    // CitationPrecision is null (not applicable): no verdict, never a 0.
    expect(records[0]!.verdicts.map((v) => [v.judge.name, v.judge.model, v.status, v.score, v.justification])).toEqual([
      ['Builtin.Faithfulness', nova, 'done', 0.667, 'Two of three claims are supported.'],
      ['Builtin.Correctness', nova, 'done', 1, 'Matches the reference.'],
    ]);
    // A retrieve-only output: passages under retrievedResults, no generated text.
    expect(records[1]!.item).toMatchObject({
      response: null,
      retrieved_context: [{ doc_uri: 'https://example.org/pump', content: 'Rated 230 V, 50 Hz.' }],
    });
    expect(records[1]!.verdicts.map((v) => [v.judge.name, v.score, v.label, v.judge.outputType])).toEqual([
      ['Builtin.ContextRelevance', 0.5, null, { kind: 'scale', min: 0, max: 1, passThreshold: null }],
      ['Tone', null, 'Formal', { kind: 'categories', categories: ['Formal'] }],
    ]);
  });
});

describe('Bedrock LLM-as-a-judge dataset (bring your own inference)', () => {
  it('reads the published sample: 30 items with prompt, response, reference, category and model', async () => {
    const { reader, records } = await readAll(realFile('bedrock-llmaaj-byoi-sample-data.jsonl'));
    expect(reader.format).toBe('bedrock-dataset');
    expect(records).toHaveLength(30);
    for (const { item, answers } of records) {
      expect(item.request && item.response && item.expected_response).toBeTruthy();
      expect(item.metadata).toMatchObject({ model: 'third-party-model' });
      expect(answers).toEqual([]);
    }
  });

  it("makes one answer per model when a line holds several models' responses", async () => {
    const { records } = await readAll(fixture('bedrock-byoi-two-models.jsonl'));
    expect(records.map((r) => r.answers)).toEqual([
      [
        { model: 'model-a', response: '42' },
        { model: 'model-b', response: '41' },
      ],
      [
        { model: 'model-a', response: '16' },
        { model: 'model-b', response: '16' },
      ],
    ]);
  });
});
