// Which candidate versions a search tries, and how a candidate's edits are counted for ties.
import { describe, expect, it } from 'vitest';
import { candidatePlans, describePlan, editsOf } from '../../../electron/align/candidates';
import { GUIDELINES_HEADING } from '../../../electron/align/guidelines';
import { itemAgreement } from '../../../electron/align/item-agreement';
import type { JudgePair } from '../../../electron/core/judge-pairs';
import type { FewShotExample } from '../../../shared/judging';
import { judgeSpec } from '../renderer/judging-fixtures';

const example = (itemId: number): FewShotExample => ({
  request: `q${itemId}`,
  response: `a${itemId}`,
  expected_response: null,
  context: null,
  score: null,
  label: 'no',
  pass: false,
  justification: 'because',
  itemId,
  labelId: itemId,
});

describe('candidatePlans', () => {
  const from = { ...judgeSpec(), instructions: 'Rate it.', fewshot: [example(1)] };

  it('tries each guideline alone and all together, with the current and the development examples', () => {
    const plans = candidatePlans(from, ['Check the dose.', 'Mind refusals.', 'Check the dose.'], {
      current: from.fewshot,
      development: [example(7), example(8)],
    });
    expect(plans.map((p) => [p.guidelines, p.examples])).toEqual([
      [['Check the dose.'], 'current'],
      [['Check the dose.'], 'development'],
      [['Mind refusals.'], 'current'],
      [['Mind refusals.'], 'development'],
      [['Check the dose.', 'Mind refusals.'], 'current'],
      [['Check the dose.', 'Mind refusals.'], 'development'],
    ]);
    expect(plans[4]!.spec.instructions).toBe(
      `Rate it.\n\n${GUIDELINES_HEADING}\n- Check the dose.\n- Mind refusals.\n`,
    );
    expect(plans[1]!.spec.fewshot.map((e) => e.itemId)).toEqual([7, 8]);
    expect(plans[0]!.spec.fewshot.map((e) => e.itemId)).toEqual([1]);
  });

  it('has no development variant without development examples, and no "all" for a single guideline', () => {
    const plans = candidatePlans(from, ['Check the dose.'], { current: [], development: [] });
    expect(plans.map((p) => [p.guidelines, p.examples])).toEqual([[['Check the dose.'], 'current']]);
    expect(plans[0]!.spec.fewshot).toEqual([]);
  });

  it('counts a guideline and a changed example set as one edit each, and says what was tried', () => {
    expect(editsOf({ guidelines: ['a'], examples: 'current' })).toBe(1);
    expect(editsOf({ guidelines: ['a', 'b'], examples: 'development' })).toBe(3);
    expect(describePlan({ guidelines: ['a', 'b'], examples: 'development', version: 4 })).toBe(
      'v4: all 2 guidelines with few-shot examples from development disagreements',
    );
  });
});

describe('itemAgreement', () => {
  const pair = (judge: number | null, human: number | null, pass: [boolean, boolean]): JudgePair => ({
    itemId: 1,
    key: 'k',
    judge: { score: judge, label: null, pass: pass[0], justification: null },
    human: { score: human, label: null, pass: pass[1], labels: [] },
  });

  it('is 1 or 0 on yes/no, and 1 − |judge − expert| / (max − min) on scales', () => {
    expect(itemAgreement(pair(null, null, [true, true]), { kind: 'pass_fail' })).toBe(1);
    expect(itemAgreement(pair(null, null, [true, false]), { kind: 'pass_fail' })).toBe(0);
    const scale = { kind: 'scale' as const, min: 1, max: 5, passThreshold: 3 };
    expect(itemAgreement(pair(2, 5, [false, true]), scale)).toBe(0.25);
    expect(itemAgreement(pair(4, 4, [true, true]), scale)).toBe(1);
  });
});
