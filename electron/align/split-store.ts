// The judge's split as the search reads it: fixed on first use, extended (never reshuffled) with
// items labelled since.
import type Database from 'better-sqlite3';
import type { SplitPart } from '../../shared/align-search';
import { addToSplit, judgeSplit } from '../db/queries/align-split';
import { itemFields } from '../runner/run-store';
import type { WriteQueue } from '../core/write-queue';
import { firstSplit, laterParts } from './split';
import { DEFAULT_SEED, DEFAULT_TEST_SHARE } from '../../shared/align-search';
import { judgePairs } from '../core/judge-pairs';
import { judgeIdByName } from '../db/queries/judges';

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

/**
 * The judge's development items among those labelled with a verdict of the version. Themes and
 * guidelines come from these only, whoever asks first (the Align view, `gavel align themes` or the
 * search), so the sealed test is fixed before any of them is chosen. An estimate (`fix: false`)
 * stores nothing: before the split exists it reckons the split the first grouping would fix.
 */
export async function developmentPart(
  deps: SplitDeps,
  query: { judge: string; version?: number },
  fix: boolean,
): Promise<number[]> {
  const paired = judgePairs(deps.db, query);
  const labelled = paired.pairs.map((pair) => pair.itemId);
  const judgeId = judgeIdByName(deps.db, query.judge)!;
  const stored = judgeSplit(deps.db, judgeId);
  const parts = fix
    ? (await splitFor(deps, judgeId, labelled, { seed: DEFAULT_SEED, testShare: DEFAULT_TEST_SHARE })).parts
    : (stored?.parts ??
      firstSplit(
        labelled.map((id) => withText(deps.db, id)),
        DEFAULT_SEED,
        DEFAULT_TEST_SHARE,
      ));
  return labelled.filter((id) => parts.get(id) === 'dev');
}
