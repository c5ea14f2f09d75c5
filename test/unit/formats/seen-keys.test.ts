import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SeenKeys } from '../../../electron/formats/seen-keys';

describe('SeenKeys', () => {
  it('answers like a Map of first uses, through many growths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 400 }), (keys) => {
        const seen = new SeenKeys(4);
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          expect(seen.firstUse(key, i + 1)).toBe(map.get(key));
          if (!map.has(key)) map.set(key, i + 1);
        });
      }),
    );
  });

  it('tells a million distinct ids apart and finds a repeat of the first', () => {
    const seen = new SeenKeys();
    for (let i = 0; i < 1_000_000; i++) {
      if (seen.firstUse(`row-${i}`, i + 1) !== undefined) throw new Error(`row-${i} taken for a repeat`);
    }
    expect(seen.firstUse('row-0', 2_000_000)).toBe(1);
    expect(seen.firstUse('row-999999', 2_000_001)).toBe(1_000_000);
  });
});
