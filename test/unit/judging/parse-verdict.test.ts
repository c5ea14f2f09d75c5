import { describe, expect, it } from 'vitest';
import type { OutputType } from '../../../shared/domain';
import { parseVerdict } from '../../../electron/judging/parse-verdict';

const oneToFive: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };
const yesNo: OutputType = { kind: 'pass_fail' };
const abTie: OutputType = { kind: 'categories', categories: ['A', 'B', 'tie'] };

function answer(text: string, outputType: OutputType) {
  const outcome = parseVerdict(text, outputType);
  if (!outcome.ok) throw new Error(outcome.error);
  const { score, label, justification } = outcome.answer;
  return { score, label, justification };
}

function error(text: string, outputType: OutputType): string {
  const outcome = parseVerdict(text, outputType);
  if (outcome.ok) throw new Error(`parsed ${JSON.stringify(outcome.answer)}`);
  return outcome.error;
}

describe('parseVerdict', () => {
  it('reads structured JSON', () => {
    expect(answer('{"justification": "All claims supported.", "score": 5}', oneToFive)).toEqual({
      score: 5,
      label: null,
      justification: 'All claims supported.',
    });
    expect(answer('{"justification":"Grounded.","verdict":"yes"}', yesNo)).toEqual({
      score: null,
      label: 'yes',
      justification: 'Grounded.',
    });
    expect(answer('{"justification":"B is vaguer.","label":"A"}', abTie).label).toBe('A');
  });

  it('accepts numeric strings, other key spellings and case', () => {
    expect(answer('{"Rationale": "ok", "Score": "4"}', oneToFive)).toMatchObject({ score: 4, justification: 'ok' });
    expect(answer('{"rating": "Yes", "reasoning": "fine"}', yesNo)).toMatchObject({
      label: 'yes',
      justification: 'fine',
    });
    expect(answer('{"verdict": true}', yesNo)).toMatchObject({ label: 'yes', justification: null });
    expect(answer('{"label": "TIE"}', abTie).label).toBe('tie');
  });

  it('reads JSON inside a ``` fence', () => {
    const reply = 'Here is my assessment.\n```json\n{"justification": "Mostly right.", "score": 4}\n```\nThanks.';
    expect(answer(reply, oneToFive)).toEqual({ score: 4, label: null, justification: 'Mostly right.' });
  });

  it('reads JSON embedded in prose, braces inside strings included', () => {
    const reply = 'Verdict follows: {"justification": "Uses {curly} words.", "verdict": "no"} -- end';
    expect(answer(reply, yesNo)).toEqual({ score: null, label: 'no', justification: 'Uses {curly} words.' });
  });

  it('reads "Score: 4" and "Score: 4/5" lines with their justification', () => {
    expect(answer('Score: 4\nJustification: Correct but terse.', oneToFive)).toEqual({
      score: 4,
      label: null,
      justification: 'Correct but terse.',
    });
    expect(answer('**Justification:** The answer covers\nboth facts.\n**Score:** 4/5', oneToFive)).toEqual({
      score: 4,
      label: null,
      justification: 'The answer covers\nboth facts.',
    });
    expect(answer('The response misses one fact.\nScore: 3 out of 5', oneToFive)).toEqual({
      score: 3,
      label: null,
      justification: 'The response misses one fact.',
    });
  });

  it('reads "verdict: yes" and "label: B" lines', () => {
    expect(answer('verdict: Yes, every claim is in the context.\njustification: quoted both.', yesNo)).toMatchObject({
      label: 'yes',
      justification: 'quoted both.',
    });
    expect(answer('- Label: B\n- Reason: A rambles.', abTie)).toMatchObject({
      label: 'B',
      justification: 'A rambles.',
    });
  });

  it('reports a reply with no score, keeping nothing as a default', () => {
    expect(error('I think this answer is pretty good overall.', oneToFive)).toBe(
      'no score found in the reply (expected an integer from 1 to 5)',
    );
    expect(error('{"justification": "fine"}', yesNo)).toBe('no verdict found in the reply (expected "yes" or "no")');
    expect(error('', oneToFive)).toBe('the reply is empty');
    expect(error('  \n', abTie)).toBe('the reply is empty');
  });

  it('reports an out-of-range, fractional, off-scale or non-numeric score', () => {
    expect(error('{"justification": "x", "score": 7}', oneToFive)).toBe('score 7 is outside 1–5');
    expect(error('{"justification": "x", "score": 0}', oneToFive)).toBe('score 0 is outside 1–5');
    expect(error('{"score": 3.5}', oneToFive)).toBe('score 3.5 is not a whole number on the 1–5 scale');
    expect(error('Score: 8/10', oneToFive)).toBe('score 8/10 is not on the 1–5 scale');
    expect(error('{"score": "high"}', oneToFive)).toBe('score "high" is not a number');
    expect(error('{"score": null}', oneToFive)).toBe('score null is not a number');
  });

  it('reports an unknown label or verdict', () => {
    expect(error('{"justification": "x", "label": "C"}', abTie)).toBe('label "C" is not one of "A", "B", "tie"');
    expect(error('{"verdict": "maybe"}', yesNo)).toBe('verdict "maybe" is not "yes" or "no"');
    // "pass" would mean the opposite of "yes" for a question whose "yes" is bad (harmful?).
    expect(error('{"verdict": "pass"}', yesNo)).toBe('verdict "pass" is not "yes" or "no"');
    // "a tie…" is not category A: leading matches keep their case.
    expect(error('Label: a tie would be fair', abTie)).toBe(
      'label "a tie would be fair" is not one of "A", "B", "tie"',
    );
  });

  it('reports a reply that gives two different answers', () => {
    expect(error('Score: 3\nOn reflection...\nScore: 4', oneToFive)).toBe('the reply gives more than one score: 3, 4');
    expect(answer('Score: 4\nScore: 4/5', oneToFive).score).toBe(4);
  });

  it('accepts fractional scores on fractional scales', () => {
    expect(answer('{"score": 0.35}', { kind: 'scale', min: 0, max: 1, passThreshold: null }).score).toBe(0.35);
  });
});
