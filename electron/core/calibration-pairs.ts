// Helpers over a judge version's pairs with the humans: narrowing them to some items (a breakdown
// group, a calibration's measured items) and showing a verdict's value.
import type Database from 'better-sqlite3';
import type { OutputType } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import { judgePairs, type JudgePairs } from './judge-pairs';

/** A version's pairs, or null when it has no finished verdicts (yet). */
export function pairsOrNull(
  db: Database.Database,
  query: { judge: string; version: number; reviewer?: string },
): JudgePairs | null {
  try {
    return judgePairs(db, query);
  } catch (error) {
    if (error instanceof GavelError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The same pairs and human labels, only on the items kept (human–human agreement included). */
export function restrictPairs(paired: JudgePairs, keep: (itemId: number) => boolean): JudgePairs {
  return {
    ...paired,
    pairs: paired.pairs.filter((pair) => keep(pair.itemId)),
    labels: paired.labels.filter((label) => keep(label.itemId)),
  };
}

/**
 * The value a verdict is shown as in matrices and distributions: the score on scales, the label on
 * categorical judges, "pass"/"fail" otherwise (null when the verdict has no value of that kind).
 */
export function shownValue(
  outputType: OutputType,
  verdict: { score: number | null; label: string | null; pass: boolean },
): string | null {
  if (outputType.kind === 'scale') return verdict.score === null ? null : String(verdict.score);
  if (outputType.kind === 'categories') return verdict.label;
  return verdict.pass ? 'pass' : 'fail';
}
