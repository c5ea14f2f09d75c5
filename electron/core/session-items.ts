// Which items a labelling session covers: all, a queue filter, a seeded sample, a sample stratified
// by a judge's verdicts, or the hardest items first.
import type Database from 'better-sqlite3';
import type { SessionSelection } from '../../shared/contract';
import { judgeIdByName } from '../db/queries/judges';
import { itemsMatching } from '../db/queries/review-queue';
import { itemDifficulty, latestVerdictBuckets } from '../db/queries/session-picks';
import { itemIdsOfDataset } from '../db/queries/items';
import { seededSample } from '../runner/selection';
import { groupBy } from '../../shared/group-by';

export function sessionItems(db: Database.Database, datasetId: number, selection: SessionSelection): number[] {
  const all = () => itemIdsOfDataset(db, datasetId);
  switch (selection.kind) {
    case 'all':
      return all();
    case 'sample':
      return seededSample(all(), selection.size, selection.seed);
    case 'filter':
      return itemsMatching(db, datasetId, selection.filter);
    case 'stratified':
      return stratified(db, datasetId, selection.judge, selection.size, selection.seed);
    case 'hard_first':
      return hardFirst(db, datasetId).slice(0, selection.size ?? Number.MAX_SAFE_INTEGER);
  }
}

/** Latest verdict of a judge per item, as a bucket name: its score, label or yes/no ("none" without one). */
function buckets(db: Database.Database, datasetId: number, judge: string): Map<string, number[]> {
  const rows = latestVerdictBuckets(db, datasetId, judgeIdByName(db, judge));
  const grouped = groupBy(rows, (row) => row.bucket ?? 'none');
  return new Map([...grouped].map(([bucket, bucketRows]) => [bucket, bucketRows.map((row) => row.id)]));
}

/** An equal share from every bucket (all of a small bucket), topped up from the rest, in dataset order. */
function stratified(db: Database.Database, datasetId: number, judge: string, size: number, seed: number): number[] {
  const groups = [...buckets(db, datasetId, judge).values()];
  const share = Math.floor(size / groups.length);
  const chosen = new Set(groups.flatMap((ids, index) => seededSample(ids, share, seed + index)));
  const rest = groups.flat().filter((id) => !chosen.has(id));
  for (const id of seededSample(rest, size - chosen.size, seed)) chosen.add(id);
  return [...chosen].sort((a, b) => a - b);
}

/**
 * Items worth an expert's time first: failed judge calls, then items where judges disagree with
 * each other, then uncertain verdicts (a probability-weighted score spread over several values),
 * then the rest in dataset order.
 */
function hardFirst(db: Database.Database, datasetId: number): number[] {
  const rows = itemDifficulty(db, datasetId);
  return rows
    .sort(
      (a, b) =>
        (b.failed ?? 0) - (a.failed ?? 0) ||
        b.judges_disagree - a.judges_disagree ||
        (b.uncertainty ?? 0) - (a.uncertainty ?? 0) ||
        a.id - b.id,
    )
    .map((row) => row.id);
}
