// The judge's split as the search reads it: fixed on first use, extended (never reshuffled) with
// items labelled since.
import type Database from 'better-sqlite3';
import type { SplitPart } from '../../shared/align-search';
import { addToSplit, judgeSplit } from '../db/queries/align-split';
import { itemFields } from '../runner/run-store';
import type { WriteQueue } from '../core/write-queue';
import { firstSplit, laterParts } from './split';

export interface SplitDeps {
  db: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  now: () => Date;
}

const withText = (db: Database.Database, id: number) => ({ id, ...itemFields(db, id) });

/** The part of each of these labelled items, fixing or extending the judge's stored split first. */
export async function splitFor(
  deps: SplitDeps,
  judgeId: number,
  labelled: readonly number[],
  options: { seed: number; testShare: number },
): Promise<{ seed: number; testShare: number; parts: Map<number, SplitPart> }> {
  const stored = judgeSplit(deps.db, judgeId);
  const missing = labelled.filter((id) => !stored?.parts.has(id));
  if (missing.length > 0) {
    const fixed = stored ?? { seed: options.seed, testShare: options.testShare, parts: new Map<number, SplitPart>() };
    const parts = stored
      ? laterParts(
          [...stored.parts].map(([id, part]) => ({ ...withText(deps.db, id), part })),
          missing.map((id) => withText(deps.db, id)),
          stored.seed,
          stored.testShare,
        )
      : firstSplit(
          missing.map((id) => withText(deps.db, id)),
          options.seed,
          options.testShare,
        );
    await deps.writes.run(() => addToSplit(deps.writer, judgeId, { ...fixed, parts }, deps.now().toISOString()));
  }
  const split = judgeSplit(deps.db, judgeId)!;
  return { ...split, parts: new Map(labelled.map((id) => [id, split.parts.get(id)!])) };
}
