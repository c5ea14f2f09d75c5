import { describe, expect, it } from 'vitest';
import { evaluateJudge } from '../../../electron/judging/evaluate';
import { ProviderError } from '../../../electron/providers/types';
import { chatResponse, deps, fakeChat, fullItem, lastUserMessage, specFrom, tokens } from './helpers';

const yes = (why = 'fine') => JSON.stringify({ justification: why, verdict: 'yes' });
const no = (why = 'not fine') => JSON.stringify({ justification: why, verdict: 'no' });

describe('evaluateJudge: one verdict per item', () => {
  it('returns the score, pass and justification of a structured reply, keeping the raw reply', async () => {
    const reply = '{"justification": "Matches the reference.", "score": 4}';
    const { chat, requests } = fakeChat(() => reply);
    const verdict = await evaluateJudge(specFrom('answer_similarity'), { item: fullItem }, deps(chat));
    expect(verdict).toEqual({
      status: 'done',
      score: 4,
      label: null,
      pass: true,
      justification: 'Matches the reference.',
      error: null,
      raw: reply,
      chunks: null,
      distribution: null,
    });
    expect(requests).toHaveLength(1);
  });

  it('fails a scale below the threshold, and applies greater-is-better false to yes/no', async () => {
    const low = fakeChat(() => 'Score: 3\nJustification: misses a fact');
    expect(await evaluateJudge(specFrom('faithfulness'), { item: fullItem }, deps(low.chat))).toMatchObject({
      score: 3,
      pass: false,
      justification: 'misses a fact',
    });
    const harmful = fakeChat(() => yes('gives weapon instructions'));
    expect(await evaluateJudge(specFrom('harmfulness'), { item: fullItem }, deps(harmful.chat))).toMatchObject({
      label: 'yes',
      pass: false,
    });
    const safe = fakeChat(() => yes());
    expect(await evaluateJudge(specFrom('safety'), { item: fullItem }, deps(safe.chat))).toMatchObject({
      label: 'yes',
      pass: true,
    });
  });

  it.each([
    ['an empty reply', '', 'the reply is empty'],
    ['no score', 'The answer looks good to me.', 'no score found in the reply (expected an integer from 1 to 5)'],
    ['a score out of range', '{"justification": "great", "score": 7}', 'score 7 is outside 1–5'],
  ])('turns %s into an error verdict with the raw reply kept', async (_, reply, error) => {
    const { chat } = fakeChat(() => reply);
    expect(await evaluateJudge(specFrom('answer_relevance'), { item: fullItem }, deps(chat))).toEqual({
      status: 'error',
      score: null,
      label: null,
      pass: null,
      justification: null,
      error,
      raw: reply,
      chunks: null,
      distribution: null,
    });
  });

  it('turns an unknown label into an error verdict', async () => {
    const { chat } = fakeChat(() => '{"justification": "meh", "verdict": "partially"}');
    expect(await evaluateJudge(specFrom('groundedness'), { item: fullItem }, deps(chat))).toMatchObject({
      status: 'error',
      error: 'verdict "partially" is not "yes" or "no"',
      raw: '{"justification": "meh", "verdict": "partially"}',
    });
  });

  it('says when an unreadable reply was cut off at the token limit', async () => {
    const text = '{"justification": "The response first states that';
    const { chat } = fakeChat(() => chatResponse(text, { truncated: true, stopReason: 'length' }));
    expect(await evaluateJudge(specFrom('answer_relevance'), { item: fullItem }, deps(chat))).toMatchObject({
      status: 'error',
      error:
        'no score found in the reply (expected an integer from 1 to 5) (the reply was cut off at the 512-token limit)',
      raw: text,
    });
  });

  it('weights the score by the log-probabilities when the judge asks for them', async () => {
    const text = '{"justification":"ok","score":4}';
    const at = text.lastIndexOf('4');
    const logprobs = tokens(text, [at, text.length - 1], at, [
      ['4', 0.5],
      ['3', 0.3],
      ['5', 0.2],
    ]);
    const spec = specFrom('answer_correctness', {
      params: { temperature: 0, maxTokens: 200, topP: null, logprobs: true },
    });
    const { chat, requests } = fakeChat(() => chatResponse(text, { logprobs }));
    const verdict = await evaluateJudge(spec, { item: fullItem }, deps(chat));
    // 4·0.5 + 3·0.3 + 5·0.2 = 3.9: below the threshold of 4, though the sampled score was 4.
    expect(verdict).toMatchObject({ status: 'done', score: 3.9, pass: false, raw: text });
    const expected = { '1': 0, '2': 0, '3': 0.3, '4': 0.5, '5': 0.2 };
    expect(Object.keys(verdict.distribution ?? {})).toEqual(Object.keys(expected));
    for (const [score, p] of Object.entries(expected)) expect(verdict.distribution?.[score]).toBeCloseTo(p, 12);
    expect(requests[0]?.topLogprobs).toBe(20);

    const unasked = fakeChat(() => chatResponse(text, { logprobs }));
    expect(await evaluateJudge(specFrom('answer_correctness'), { item: fullItem }, deps(unasked.chat))).toMatchObject({
      score: 4,
      distribution: null,
    });
  });

  it('lets provider errors through for the runner to retry, after every call has settled', async () => {
    let settled = 0;
    const chat = async (): Promise<never> => {
      settled++;
      throw new ProviderError('rate_limited', 'slow down', { status: 429, retryAfterMs: 1000 });
    };
    await expect(evaluateJudge(specFrom('answer_relevance'), { item: fullItem }, deps(chat))).rejects.toBeInstanceOf(
      ProviderError,
    );
    let finished = 0;
    const oneFails = async (request: { messages: { content: string }[] }) => {
      if (request.messages.at(-1)?.content.includes('Spark')) throw new ProviderError('server', 'boom');
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished++;
      return chatResponse(yes());
    };
    await expect(evaluateJudge(specFrom('chunk_relevance'), { item: fullItem }, deps(oneFails))).rejects.toThrow(
      'boom',
    );
    expect(finished).toBe(1);
    expect(settled).toBe(1);
  });
});

describe('evaluateJudge: per chunk', () => {
  it('rolls chunk verdicts up to a precision, passing when a chunk is relevant', async () => {
    const { chat, requests } = fakeChat((request) =>
      lastUserMessage(request).includes('Spark') ? no('About Spark, not MLflow.') : yes('Defines MLflow.'),
    );
    const verdict = await evaluateJudge(specFrom('chunk_relevance'), { item: fullItem }, deps(chat));
    expect(requests).toHaveLength(2);
    expect(verdict).toMatchObject({
      status: 'done',
      score: 0.5,
      label: null,
      pass: true,
      justification: '1 of 2 retrieved chunks passed (precision 0.50).',
      chunks: [
        { pass: true, label: 'yes', rationale: 'Defines MLflow.' },
        { pass: false, label: 'no', rationale: 'About Spark, not MLflow.' },
      ],
    });
    expect(verdict.raw).toBe(
      `=== chunk 1 of 2 (docs/mlflow.md) ===\n${yes('Defines MLflow.')}\n\n=== chunk 2 of 2 ===\n${no('About Spark, not MLflow.')}`,
    );
  });

  it('fails when no chunk is relevant', async () => {
    const { chat } = fakeChat(() => no());
    expect(await evaluateJudge(specFrom('chunk_relevance'), { item: fullItem }, deps(chat))).toMatchObject({
      score: 0,
      pass: false,
    });
  });

  it('is an error when a chunk verdict cannot be read, keeping the others', async () => {
    const { chat } = fakeChat((_, n) => (n === 0 ? yes('Defines MLflow.') : 'relevant-ish'));
    const verdict = await evaluateJudge(specFrom('chunk_relevance'), { item: fullItem }, deps(chat));
    expect(verdict).toMatchObject({
      status: 'error',
      score: null,
      pass: null,
      error: 'chunk 2 of 2: no verdict found in the reply (expected "yes" or "no")',
      chunks: [
        { pass: true, label: 'yes', rationale: 'Defines MLflow.' },
        { pass: null, label: null, rationale: null },
      ],
    });
    expect(verdict.raw).toContain('=== chunk 2 of 2 ===\nrelevant-ish');
  });

  it('is an error, without a call, when the item has no retrieved context', async () => {
    const { chat, requests } = fakeChat(() => yes());
    const verdict = await evaluateJudge(
      specFrom('chunk_relevance'),
      { item: { ...fullItem, retrieved_context: [] } },
      deps(chat),
    );
    expect(verdict).toMatchObject({ status: 'error', error: expect.stringMatching(/^no retrieved context/) });
    expect(requests).toHaveLength(0);
  });
});

describe('evaluateJudge: per guideline', () => {
  it('passes only when every guideline passes, listing each verdict', async () => {
    const allYes = fakeChat(() => yes('Followed.'));
    expect(
      await evaluateJudge(specFrom('global_guideline_adherence'), { item: fullItem }, deps(allYes.chat)),
    ).toMatchObject({
      status: 'done',
      score: 1,
      pass: true,
    });

    const { chat } = fakeChat((request) =>
      lastUserMessage(request).includes('guideline="tone"') ? no('Uses slang.') : yes('In English.'),
    );
    const verdict = await evaluateJudge(specFrom('global_guideline_adherence'), { item: fullItem }, deps(chat));
    expect(verdict).toMatchObject({ status: 'done', score: 0.5, label: null, pass: false, chunks: null });
    expect(verdict.justification).toBe(
      '1 of 2 guidelines passed.\n- language: yes — In English.\n- tone: no — Uses slang.',
    );
    expect(verdict.raw).toContain('=== guideline "tone" ===');
  });
});

describe('evaluateJudge: pairwise', () => {
  const input = { item: fullItem, pairwise: { a: 'MLflow manages the ML lifecycle.', b: 'MLflow is a fish.' } };
  const label = (value: string, why: string) => JSON.stringify({ justification: why, label: value });

  it('returns the winner when both orders agree', async () => {
    // The better answer is first in the first call and second in the swapped one.
    const { chat, requests } = fakeChat((_, n) => (n === 0 ? label('A', 'A is right.') : label('B', 'B is right.')));
    const verdict = await evaluateJudge(specFrom('pairwise_preference'), input, deps(chat));
    expect(requests).toHaveLength(2);
    expect(verdict).toMatchObject({ status: 'done', label: 'A', score: null, pass: null });
    expect(verdict.justification).toMatch(
      /^Both orders agree: A is better\.\n\nA shown first: A is right\.\n\nB shown first/,
    );
    expect(verdict.raw).toContain('=== A shown first ===');
    expect(verdict.raw).toContain('=== B shown first (positions swapped) ===');
  });

  it('agrees on a tie', async () => {
    const { chat } = fakeChat(() => label('tie', 'Equal.'));
    expect(await evaluateJudge(specFrom('pairwise_preference'), input, deps(chat))).toMatchObject({ label: 'tie' });
  });

  it('calls it a tie, saying so, when the judge changes its mind with the order', async () => {
    const { chat } = fakeChat(() => label('A', 'The first one is better.'));
    const verdict = await evaluateJudge(specFrom('pairwise_preference'), input, deps(chat));
    expect(verdict).toMatchObject({ status: 'done', label: 'tie' });
    expect(verdict.justification).toMatch(
      /^The judge changed its mind when the order changed: with A shown first it chose A, with B shown first it chose B/,
    );
  });
});
