import { describe, expect, it } from 'vitest';
import { binaryAgreement, confusionOf } from '../../../electron/calibration/binary-agreement';
import { expectAllMatch, pairsOf, reference } from './reference';

describe('binaryAgreement', () => {
  it.each(reference.pair_sets.map((set) => [set.name, set] as const))('matches scikit-learn on %s', (_name, set) => {
    expectAllMatch(binaryAgreement(pairsOf(set)), set.expected.binary);
  });

  it('counts pass as the positive class', () => {
    const pairs = [
      { judgePass: true, humanPass: true },
      { judgePass: true, humanPass: false },
      { judgePass: true, humanPass: false },
      { judgePass: false, humanPass: true },
    ];
    expect(confusionOf(pairs)).toEqual({ tp: 1, fp: 2, fn: 1, tn: 0 });
  });

  it('leaves accuracy and kappa undefined with no items', () => {
    const empty = binaryAgreement([]);
    expect(empty.accuracy).toBeNull();
    expect(empty.kappa).toBeNull();
    expect(empty.f1_fail).toBe(0);
  });
});
