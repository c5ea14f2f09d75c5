import { describe, expect, it } from 'vitest';
import { agreement } from '../../../electron/calibration';
import { expectAllMatch, pairsOf, reference } from './reference';

const setNamed = (name: string) => reference.pair_sets.find((set) => set.name === name)!;
const [reviewers] = reference.reviewer_sets;
const humanRatings = reviewers!.ratings.map(({ reviewer, item, score }) => ({
  reviewer,
  item,
  score,
  pass: score >= reviewers!.pass_threshold,
}));

describe('agreement', () => {
  it('reports a scale judge on both axes, with intervals and human–human agreement', () => {
    const set = setNamed('ordinal_1to5_with_ties');
    const result = agreement({ judge: 'helpfulness', version: 3, kind: 'scale', pairs: pairsOf(set), humanRatings });
    expect(result).toMatchObject({ judge: 'helpfulness', version: 3, n: 36, warning: null });
    expectAllMatch(result.binary, set.expected.binary);
    expectAllMatch(result.ordinal!, set.expected.ordinal!);
    expect(Object.keys(result.ci.ordinal!)).toEqual(['exact', 'within1', 'qwk', 'spearman', 'mae', 'bias']);
    expect(result.ci.ordinal!.qwk.lower).toBeLessThan(set.expected.ordinal!.qwk!);
    expect(result.human_human.ordinal).not.toBeNull();
  });

  it('has no ordinal part for a pass/fail judge and warns on a small sample', () => {
    const set = setNamed('negative_agreement');
    const pairs = pairsOf(set).map(({ judgePass, humanPass }) => ({ judgePass, humanPass }));
    const result = agreement({ judge: 'safety', version: 1, kind: 'pass_fail', pairs, humanRatings });
    expect(result.ordinal).toBeNull();
    expect(result.ci.ordinal).toBeNull();
    expect(Object.keys(result.ci.binary)).toEqual(['accuracy', 'kappa', 'f1_fail']);
    expect(result.human_human.ordinal).toBeNull();
    expect(result.warning).toMatch(/^Only 20 items have/);
  });

  it('repeats its intervals for a seed and prints as JSON without NaN', () => {
    const input = {
      judge: 'helpfulness',
      version: 1,
      kind: 'scale' as const,
      pairs: pairsOf(setNamed('single_class')),
      humanRatings: [],
      seed: 5,
    };
    const json = JSON.stringify(agreement(input));
    expect(json).toBe(JSON.stringify(agreement(input)));
    expect(json).toContain('"kappa":null');
    expect(json).not.toContain('NaN');
  });
});
