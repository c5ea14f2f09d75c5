// A judge's labelled items split once into a development part and a sealed test part, before any
// theme, guideline or example is chosen. Near-duplicates (the same request once normalised, or
// request + response with token sets at least 90% alike) land on one side together: otherwise a
// guideline drawn from one copy would be "tested" on the other. The split is seeded and stored per
// item; items labelled later join it by a seeded hash of their id (or beside their near-duplicate),
// so nothing already in it ever moves.
import { createHash } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { SplitPart } from '../../shared/align-search';

export interface SplitItem {
  id: number;
  request: string | null;
  response: string | null;
}

const NEAR_DUPLICATE = 0.9;

const normalised = (text: string | null) => (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const tokens = (item: SplitItem) =>
  new Set(`${item.request ?? ''} ${item.response ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Groups of near-duplicate items (each item in exactly one group), in the items' order. */
export function nearDuplicateGroups(items: readonly SplitItem[]): number[][] {
  const parent = items.map((_, index) => index);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  const byRequest = new Map<string, number>();
  items.forEach((item, index) => {
    const request = normalised(item.request);
    if (request === '') return;
    const first = byRequest.get(request);
    if (first === undefined) byRequest.set(request, index);
    else join(index, first);
  });
  // Jaccard ≥ 0.9 needs the smaller set to be at least 0.9 of the larger: compare by size, stop early.
  const sets = items.map(tokens);
  const bySize = sets.map((_, index) => index).sort((a, b) => sets[a]!.size - sets[b]!.size);
  for (let i = 0; i < bySize.length; i++) {
    const a = sets[bySize[i]!]!;
    for (let j = i + 1; j < bySize.length; j++) {
      const b = sets[bySize[j]!]!;
      if (a.size < NEAR_DUPLICATE * b.size) break;
      if (root(bySize[i]!) !== root(bySize[j]!) && jaccard(a, b) >= NEAR_DUPLICATE) join(bySize[i]!, bySize[j]!);
    }
  }
  const groups = new Map<number, number[]>();
  items.forEach((item, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), item.id]);
  });
  return [...groups.values()];
}

/**
 * The first split of these items: groups of near-duplicates in a seeded order, the test part filled
 * with whole groups until it holds about `testShare` of the items (at least one group when the share
 * is above zero, and never every group: development needs items too).
 */
export function firstSplit(items: readonly SplitItem[], seed: number, testShare: number): Map<number, SplitPart> {
  const groups = nearDuplicateGroups([...items].sort((a, b) => a.id - b.id));
  const rng = xoroshiro128plus(seed);
  for (let i = groups.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [groups[i], groups[j]] = [groups[j]!, groups[i]!];
  }
  const target = testShare > 0 ? Math.max(1, Math.round(testShare * items.length)) : 0;
  const test: number[][] = [];
  let inTest = 0;
  for (const group of groups) {
    if (inTest >= target || (inTest > 0 && inTest + group.length > target)) continue;
    test.push(group);
    inTest += group.length;
  }
  if (test.length === groups.length && groups.length > 1) test.pop();
  const sealed = new Set(test.flat());
  return new Map(items.map((item) => [item.id, sealed.has(item.id) ? 'test' : 'dev']));
}

/** A later item's part: seeded by its id alone, so it never depends on what else arrived with it. */
export function hashedPart(itemId: number, seed: number, testShare: number): SplitPart {
  const digest = createHash('sha256').update(`${seed}:${itemId}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < testShare ? 'test' : 'dev';
}

/**
 * Parts for items labelled since the split was fixed: beside a near-duplicate already in the split,
 * else by the seeded hash of their id. Items already in the split are not returned (they never move).
 */
export function laterParts(
  known: readonly (SplitItem & { part: SplitPart })[],
  arrived: readonly SplitItem[],
  seed: number,
  testShare: number,
): Map<number, SplitPart> {
  const partOf = new Map(known.map((item) => [item.id, item.part]));
  const fresh = arrived.filter((item) => !partOf.has(item.id));
  const parts = new Map<number, SplitPart>();
  for (const group of nearDuplicateGroups([...known, ...fresh])) {
    const placed = group.find((id) => partOf.has(id));
    // New near-duplicates of one another go together, by the hash of the first of them.
    const part = placed === undefined ? hashedPart(Math.min(...group), seed, testShare) : partOf.get(placed)!;
    for (const id of group) if (!partOf.has(id)) parts.set(id, part);
  }
  return parts;
}
