import { describe, expect, it } from 'vitest';
import type { OutputType } from '../../../shared/domain';
import { answerDistribution } from '../../../electron/judging/logprobs';
import { parseVerdict } from '../../../electron/judging/parse-verdict';
import { tokens } from './helpers';

const oneToFive: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };

function distributionOf(text: string, outputType: OutputType, cuts: number[], top: [string, number][]) {
  const parsed = parseVerdict(text, outputType);
  if (!parsed.ok) throw new Error(parsed.error);
  const at = text.lastIndexOf(':') + 1;
  return answerDistribution(tokens(text, cuts, at, top), parsed.answer, outputType);
}

describe('answerDistribution', () => {
  const text = '{"justification":"Mostly right.","score": 4}';
  const at = text.lastIndexOf(':') + 1; // the " 4" token
  const cuts = [1, 16, 17, 32, 33, 39, at, text.length - 1];

  it('weights the valid scores at the score token, renormalized over valid scores only', () => {
    // p(4) = 0.6, p(5) = 0.3, p(3) = 0.05, and 0.05 on a token that is no score.
    const result = distributionOf(text, oneToFive, cuts, [
      [' 4', 0.6],
      [' 5', 0.3],
      [' 3', 0.05],
      [' four', 0.05],
    ]);
    // By hand: valid mass 0.95; 4·0.6/0.95 + 5·0.3/0.95 + 3·0.05/0.95 = 4.05/0.95 = 4.26316…
    expect(result?.weightedScore).toBe(4.2632);
    expect(result?.probabilities['4']).toBeCloseTo(0.6 / 0.95, 10);
    expect(result?.probabilities['5']).toBeCloseTo(0.3 / 0.95, 10);
    expect(result?.probabilities['3']).toBeCloseTo(0.05 / 0.95, 10);
    expect(result?.probabilities['1']).toBe(0);
    expect(Object.keys(result?.probabilities ?? {})).toEqual(['1', '2', '3', '4', '5']);
  });

  it('adds up spellings of the same score', () => {
    const result = distributionOf(text, oneToFive, cuts, [
      [' 4', 0.5],
      ['4', 0.25],
      [' 2', 0.25],
    ]);
    expect(result?.probabilities).toMatchObject({ '4': 0.75, '2': 0.25 });
    expect(result?.weightedScore).toBe(3.5);
  });

  it('reads yes/no probabilities at the verdict token', () => {
    const reply = '{"justification":"ok","verdict":"yes"}';
    const start = reply.lastIndexOf('yes') - 1; // the `"yes` token
    const parsed = parseVerdict(reply, { kind: 'pass_fail' });
    if (!parsed.ok) throw new Error(parsed.error);
    const logprobs = tokens(reply, [start, reply.length - 2], start, [
      ['"yes', 0.8],
      ['"no', 0.2],
    ]);
    expect(answerDistribution(logprobs, parsed.answer, { kind: 'pass_fail' })).toEqual({
      probabilities: { yes: 0.8, no: 0.2 },
      weightedScore: null,
    });
  });

  it('gives nothing when the tokens do not carry the score where the parser found it', () => {
    const parsed = parseVerdict(text, oneToFive);
    if (!parsed.ok) throw new Error(parsed.error);
    const shifted = tokens(`xx${text}`, cuts, at, [[' 4', 1]]);
    expect(answerDistribution(shifted, parsed.answer, oneToFive)).toBeNull();
  });
});
