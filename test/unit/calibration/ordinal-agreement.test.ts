import { describe, expect, it } from 'vitest';
import { kendallTauB } from '../../../electron/calibration/kendall-tau';
import { ordinalAgreement } from '../../../electron/calibration/ordinal-agreement';
import { expectAllMatch, pairsOf, scaleSets } from './reference';

describe('ordinalAgreement', () => {
  it.each(scaleSets.map((set) => [set.name, set] as const))('matches scikit-learn and SciPy on %s', (_name, set) => {
    expectAllMatch(ordinalAgreement(pairsOf(set)), set.expected.ordinal!);
  });

  it('leaves every statistic undefined with no items', () => {
    expect(Object.values(ordinalAgreement([]))).toEqual([null, null, null, null, null, null, null]);
  });

  it('leaves Kendall tau-b undefined for a single item', () => {
    expect(kendallTauB([[3, 4]])).toBeNull();
  });
});
