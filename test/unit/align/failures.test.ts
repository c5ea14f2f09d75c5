import { describe, expect, it } from 'vitest';
import { isFailure } from '../../../electron/align/failures';
import type { JudgePair } from '../../../electron/core/judge-pairs';

const pair = (
  judge: { score?: number; label?: string; pass: boolean },
  human: { score?: number; label?: string; pass: boolean },
): JudgePair => ({
  itemId: 1,
  key: 'k1',
  judge: { score: judge.score ?? null, label: judge.label ?? null, pass: judge.pass, justification: null },
  human: { score: human.score ?? null, label: human.label ?? null, pass: human.pass, labels: [] },
});

describe('isFailure', () => {
  it('is a flipped pass on any judge', () => {
    expect(isFailure(pair({ label: 'yes', pass: true }, { label: 'no', pass: false }))).toBe(true);
    expect(isFailure(pair({ label: 'yes', pass: true }, { label: 'yes', pass: true }))).toBe(false);
  });

  it('is a score a point or more off on a scale, even when both pass', () => {
    expect(isFailure(pair({ score: 5, pass: true }, { score: 4, pass: true }))).toBe(true);
    expect(isFailure(pair({ score: 4.5, pass: true }, { score: 4, pass: true }))).toBe(false);
    expect(isFailure(pair({ score: 2, pass: false }, { score: 2, pass: false }))).toBe(false);
  });

  it('is another category on a categories judge', () => {
    expect(isFailure(pair({ label: 'partly', pass: true }, { label: 'fully', pass: true }))).toBe(true);
  });
});
