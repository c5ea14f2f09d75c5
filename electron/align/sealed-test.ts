// The one measurement that decides: the winner against the version it started from, on the sealed
// test items both have a verdict for. Before and after are the full agreement statistics; the
// difference is in mean per-item agreement, with a paired bootstrap interval and a paired test.
import type Database from 'better-sqlite3';
import type { AlignTestResult } from '../../shared/align';
import { PROMOTE_BELOW_P } from '../../shared/align-search';
import { calibrationStats } from '../core/calibration-stats';
import { pairsOrNull, restrictPairs } from '../core/calibration-pairs';
import { mcnemarExact, pairedDifference, pairedPermutation } from '../calibration/paired-tests';
import { itemAgreement } from './item-agreement';

export interface SealedQuery {
  judge: string;
  reviewer?: string;
  seed: number;
  fromVersion: number;
  toVersion: number;
  /** The sealed test items measured (examples of either version already left out). */
  itemIds: readonly number[];
  keys: readonly string[];
}

export function sealedTest(db: Database.Database, query: SealedQuery): AlignTestResult {
  const empty: AlignTestResult = {
    items: [...query.keys],
    before: null,
    after: null,
    difference: { value: null, ci: [null, null] },
    p_value: null,
  };
  const base = { judge: query.judge, reviewer: query.reviewer };
  const beforeAll = pairsOrNull(db, { ...base, version: query.fromVersion });
  const afterAll = pairsOrNull(db, { ...base, version: query.toVersion });
  if (!beforeAll || !afterAll) return empty;
  const sealed = new Set(query.itemIds);
  const judgedAfter = new Set(afterAll.pairs.map((pair) => pair.itemId).filter((id) => sealed.has(id)));
  const before = restrictPairs(beforeAll, (id) => judgedAfter.has(id));
  const common = new Set(before.pairs.map((pair) => pair.itemId));
  if (common.size === 0) return empty;
  const after = restrictPairs(afterAll, (id) => common.has(id));
  const afterOf = new Map(after.pairs.map((pair) => [pair.itemId, itemAgreement(pair, after.outputType)]));
  const a = before.pairs.map((pair) => itemAgreement(pair, before.outputType));
  const b = before.pairs.map((pair) => afterOf.get(pair.itemId)!);
  const difference = pairedDifference(a, b, { seed: query.seed });
  const diffs = b.map((value, index) => value - a[index]!);
  const pValue =
    before.outputType.kind === 'scale'
      ? pairedPermutation(diffs, { seed: query.seed })
      : mcnemarExact(diffs.filter((d) => d < 0).length, diffs.filter((d) => d > 0).length);
  const stats = (paired: typeof before) =>
    calibrationStats(db, { ...base, version: paired.version, seed: query.seed }, paired);
  return {
    items: [...query.keys],
    before: stats(before),
    after: stats(after),
    difference: { value: difference.value, ci: difference.ci },
    p_value: pValue,
  };
}

/**
 * Whether a sealed test shows a real gain: the improvement's interval above zero, and the paired test
 * agreeing (a percentile bootstrap on a handful of items can sit above zero by luck of the draw).
 */
export function reliableGain(result: Pick<AlignTestResult, 'difference' | 'p_value'>): boolean {
  const low = result.difference.ci[0];
  return low !== null && low > 0 && result.p_value !== null && result.p_value < PROMOTE_BELOW_P;
}
