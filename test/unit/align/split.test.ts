// The sealed split: seeded, about the share asked for, near-duplicates on one side, later items
// placed without moving anything.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstSplit, hashedPart, laterParts, nearDuplicateGroups, type SplitItem } from '../../../electron/align/split';

const item = (id: number, request: string, response = `answer ${id}`): SplitItem => ({ id, request, response });
const distinct = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => item(from + i, `question number ${from + i} about topic ${(from + i) * 7}`));

describe('nearDuplicateGroups', () => {
  it('joins the same request (case and spacing aside) and request+response with token sets ≥ 90% alike', () => {
    const words = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    const groups = nearDuplicateGroups([
      item(1, 'What is the dose of ibuprofen?', 'a'),
      item(2, '  what is the DOSE of   ibuprofen? ', 'b'),
      item(3, words, 'tail'),
      // 21 of 22 tokens shared: Jaccard 0.95.
      item(4, words, 'tail extra'),
      // 20 of 25 tokens shared: Jaccard 0.8, not a near-duplicate.
      item(5, `${words} x`, 'other things here'),
      item(6, 'something else entirely', 'z'),
    ]);
    expect(groups.map((g) => [...g].sort())).toEqual([[1, 2], [3, 4], [5], [6]]);
  });
});

describe('firstSplit', () => {
  it('is seeded: the same items and seed give the same split, another seed another one', () => {
    const items = distinct(40);
    const a = firstSplit(items, 7, 0.3);
    expect(firstSplit([...items].reverse(), 7, 0.3)).toEqual(a);
    expect([...firstSplit(items, 8, 0.3)]).not.toEqual([...a]);
    expect([...a.values()].filter((p) => p === 'test')).toHaveLength(12);
  });

  it('keeps near-duplicates on one side, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const items = [
          ...distinct(10),
          item(101, 'question number 3 about topic 21', 'a copy'),
          item(102, 'QUESTION number 5 about topic 35'),
        ];
        const parts = firstSplit(items, seed, 0.3);
        return parts.get(101) === parts.get(3) && parts.get(102) === parts.get(5);
      }),
    );
  });

  it('puts at least one group on each side, and nothing in test with a share of 0', () => {
    expect([...firstSplit(distinct(2), 1, 0.1).values()].sort()).toEqual(['dev', 'test']);
    expect([...firstSplit(distinct(3), 1, 0.99).values()]).toContain('dev');
    expect([...firstSplit(distinct(5), 1, 0).values()]).toEqual(['dev', 'dev', 'dev', 'dev', 'dev']);
  });
});

describe('laterParts', () => {
  it('places new items by a seeded hash of their id, or beside a near-duplicate; known items never move', () => {
    const known = distinct(10).map((it, i) => ({ ...it, part: i < 3 ? ('test' as const) : ('dev' as const) }));
    const copyOfTest = item(50, known[0]!.request!, 'copy');
    const copyOfDev = item(51, known[5]!.request!, 'copy');
    const fresh = distinct(30, 200);
    const parts = laterParts(known, [known[0]!, copyOfTest, copyOfDev, ...fresh], 9, 0.3);
    expect(parts.has(known[0]!.id)).toBe(false);
    expect(parts.get(50)).toBe('test');
    expect(parts.get(51)).toBe('dev');
    for (const it of fresh) expect(parts.get(it.id)).toBe(hashedPart(it.id, 9, 0.3));
    // Alone or with others, an item gets the same part.
    expect(laterParts(known, [fresh[4]!], 9, 0.3).get(fresh[4]!.id)).toBe(parts.get(fresh[4]!.id));
  });

  it('hashes to about the share asked for', () => {
    const test = Array.from({ length: 2000 }, (_, i) => hashedPart(i + 1, 3, 0.3)).filter((p) => p === 'test');
    expect(test.length).toBeGreaterThan(500);
    expect(test.length).toBeLessThan(700);
  });
});
