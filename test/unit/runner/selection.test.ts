import { describe, expect, it } from 'vitest';
import { seededSample } from '../../../electron/runner/selection';

const ids = Array.from({ length: 100 }, (_, i) => i + 1);

describe('seeded sample', () => {
  it('picks the same items for the same seed, in dataset order, without repeats', () => {
    const a = seededSample(ids, 10, 7);
    expect(seededSample(ids, 10, 7)).toEqual(a);
    expect(new Set(a).size).toBe(10);
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.every((id) => ids.includes(id))).toBe(true);
  });

  it('picks other items for another seed, and everything when asked for more than there is', () => {
    expect(seededSample(ids, 10, 8)).not.toEqual(seededSample(ids, 10, 7));
    expect(seededSample(ids, 500, 1)).toEqual(ids);
  });
});
