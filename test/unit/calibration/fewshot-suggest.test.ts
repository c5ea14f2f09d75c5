import { describe, expect, it } from 'vitest';
import type { FewShotExample } from '../../../shared/judging';
import {
  exampleTokens,
  similarity,
  suggestFewShot,
  type FewShotCandidate,
} from '../../../electron/calibration/fewshot-suggest';

const example = (request: string, pass: boolean, justification = 'Because.'): FewShotExample => ({
  request,
  response: `Answer to ${request}`,
  expected_response: null,
  context: null,
  score: null,
  label: pass ? 'yes' : 'no',
  pass,
  justification,
  itemId: null,
  labelId: null,
});
const candidate = (request: string, pass: boolean, miss: number, support = 1): FewShotCandidate => ({
  example: example(request, pass),
  miss,
  support,
  pass,
});

describe('few-shot suggestions', () => {
  it('keeps at least one passing and one failing example even when the hardest all fail', () => {
    const picked = suggestFewShot(
      [
        candidate('deductible amount for the standard plan', false, 3),
        candidate('appeal deadline for denied claims', false, 3),
        candidate('dental waiting period for crowns', false, 2),
        candidate('telehealth copay on the plus plan', true, 1),
      ],
      { maxExamples: 2, tokenBudget: 10_000 },
    );
    expect(picked.map((e) => e.pass)).toEqual([false, true]);
  });

  it('orders the hardest first and skips near-duplicates', () => {
    const picked = suggestFewShot(
      [
        candidate('what is the deductible on the standard plan', false, 1),
        candidate('what is the deductible on the standard plan please', false, 4),
        candidate('how long do i have to appeal a claim', true, 2),
      ],
      { maxExamples: 5, tokenBudget: 10_000 },
    );
    expect(picked.map((e) => e.request)).toEqual([
      'what is the deductible on the standard plan please',
      'how long do i have to appeal a claim',
    ]);
  });

  it('stays within the token budget and the count', () => {
    const long = candidate('x '.repeat(400), true, 5);
    const short = candidate('short question', false, 1);
    const picked = suggestFewShot([long, short], { maxExamples: 5, tokenBudget: exampleTokens(short.example) + 1 });
    expect(picked).toEqual([short.example]);
    expect(similarity(long.example, long.example)).toBe(1);
  });
});
