// What a judge audit finds in the repeated verdicts: self-consistency (unanimous items, Fleiss'
// kappa) and, for pairwise judges, how often the preference flips when A and B swap places.
import type { AuditResult } from '../../shared/audit';
import { fleissKappa } from './fleiss-kappa';
import { wilsonInterval } from './wilson';

/** One repeated verdict as compared across repeats: pass/fail, a score or a label; null when unread. */
export type Rating = boolean | number | string | null;

const share = (count: number, n: number) => ({ value: n === 0 ? null : count / n, ci: wilsonInterval(count, n) });

/**
 * `ratings[i]` are item i's verdicts, one per repeat. Items with an unread repeat are left out:
 * kappa needs every item rated the same number of times.
 */
export function consistencyOf(ratings: readonly (readonly Rating[])[]): AuditResult['consistency'] {
  const complete = ratings.filter((item): item is Exclude<Rating, null>[] => item.every((r) => r !== null));
  const unanimous = complete.filter((item) => item.every((r) => r === item[0])).length;
  return {
    unanimous: share(unanimous, complete.length),
    fleiss_kappa: complete.length === 0 ? null : fleissKappa(complete),
    items: complete.length,
  };
}

/** Each (item, repeat)'s preferred response with A shown first and with B first; null when unread. */
export function positionFlipsOf(
  orders: readonly ({ first: string; second: string } | null)[],
): NonNullable<AuditResult['position']> {
  const read = orders.filter((order) => order !== null);
  const flipped = read.filter((order) => order.first !== order.second).length;
  return { flipped: share(flipped, read.length), pairs: read.length };
}
