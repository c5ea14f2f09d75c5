// The reference values written by test/reference/agreement_reference.py (scikit-learn, SciPy, NLTK).
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { BinaryAgreement, OrdinalAgreement } from '../../../electron/calibration';

export interface PairSet {
  name: string;
  kind: 'pass_fail' | 'scale';
  /** Pass flags (1/0) for pass/fail sets, scores for scale sets. */
  human: number[];
  judge: number[];
  pass_threshold?: number;
  expected: { n: number; binary: BinaryAgreement; ordinal: OrdinalAgreement | null };
}

export interface ReviewerSet {
  name: string;
  pass_threshold: number;
  ratings: { reviewer: string; item: string; score: number }[];
  expected: {
    pairwise_kappa: number | null;
    krippendorff_alpha: number | null;
    pairwise_qwk: number | null;
    krippendorff_alpha_interval: number | null;
  };
}

export const reference = JSON.parse(
  readFileSync(new URL('../../fixtures/agreement/reference.json', import.meta.url), 'utf8'),
) as { pair_sets: PairSet[]; reviewer_sets: ReviewerSet[] };

/** The judge–human pairs of a reference set, pass flags from the threshold on scale sets. */
export function pairsOf(set: PairSet) {
  const passes = (value: number) => (set.pass_threshold === undefined ? value === 1 : value >= set.pass_threshold);
  return set.human.map((humanScore, index) => {
    const judgeScore = set.judge[index] ?? Number.NaN;
    return { humanScore, judgeScore, humanPass: passes(humanScore), judgePass: passes(judgeScore) };
  });
}

export const scaleSets = reference.pair_sets.filter((set) => set.kind === 'scale');

/** Equal to the reference within 1e-9; null exactly where the reference is NaN. */
export function expectMatches(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(1e-9);
}

/** Every numeric field of an expected object matched by the actual one. */
export function expectAllMatch<T extends object>(actual: T, expected: T): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [key, value] of Object.entries(expected)) {
    const actualValue = (actual as Record<string, unknown>)[key];
    if (typeof value === 'object' && value !== null) expect(actualValue).toEqual(value);
    else expectMatches(actualValue as number | null, value as number | null);
  }
}
