// Which items a labelling session covers: all, a queue filter, a seeded sample, a sample stratified
// by a judge's verdicts, or the hardest items first; with how they were drawn and each item's chance
// of being drawn (for estimates that weight random labels).
import type Database from 'better-sqlite3';
import type { SessionSelection } from '../../shared/contract';
import type { SessionSampling } from '../../shared/sampling';
import { judgeIdByName } from '../db/queries/judges';
import { itemsMatching } from '../db/queries/review-queue';
import { itemDifficulty, latestVerdictBuckets, unlabelledItemIds } from '../db/queries/session-picks';
import { itemIdsOfDataset } from '../db/queries/items';
import { seededSample } from '../runner/selection';
import { groupBy } from '../../shared/group-by';

export interface DrawnItems {
  itemIds: number[];
  sampling: SessionSampling;
  /** Each item's probability of being drawn; null when the items were chosen, not drawn. */
  inclusion: Map<number, number> | null;
}

const uniformly = (itemIds: number[], probability: number) => new Map(itemIds.map((id) => [id, probability] as const));

export function sessionItems(db: Database.Database, datasetId: number, selection: SessionSelection): DrawnItems {
  const all = () => itemIdsOfDataset(db, datasetId);
  switch (selection.kind) {
    case 'all': {
      const itemIds = all();
      return { itemIds, sampling: { kind: 'all' }, inclusion: uniformly(itemIds, 1) };
    }
    case 'sample': {
      const pool = selection.unlabelledFor === undefined ? all() : unlabelled(db, datasetId, selection.unlabelledFor);
      const itemIds = seededSample(pool, selection.size, selection.seed);
      return {
        itemIds,
        sampling: { kind: 'random', seed: selection.seed },
        inclusion: uniformly(itemIds, itemIds.length / pool.length),
      };
    }
    case 'filter':
      return {
        itemIds: itemsMatching(db, datasetId, selection.filter),
        sampling: { kind: 'filtered' },
        inclusion: null,
      };
    case 'stratified':
      return stratified(db, datasetId, selection.judge, selection.size, selection.seed);
    case 'hard_first':
      return {
        itemIds: hardFirst(db, datasetId).slice(0, selection.size ?? Number.MAX_SAFE_INTEGER),
        sampling: { kind: 'hardest_first' },
        inclusion: null,
      };
  }
}

/** Items of the dataset without a reviewer's confirm or override for the judge, in dataset order. */
const unlabelled = (db: Database.Database, datasetId: number, judge: string) =>
  unlabelledItemIds(db, datasetId, judgeIdByName(db, judge));

/** Latest verdict of a judge per item, as a bucket name: its score, label or yes/no ("none" without one). */
function buckets(db: Database.Database, datasetId: number, judge: string): Map<string, number[]> {
  const rows = latestVerdictBuckets(db, datasetId, judgeIdByName(db, judge));
  const grouped = groupBy(rows, (row) => row.bucket ?? 'none');
  return new Map([...grouped].map(([bucket, bucketRows]) => [bucket, bucketRows.map((row) => row.id)]));
}

/**
 * An equal share from every bucket (all of a small bucket), topped up from the rest, in dataset order.
 * Each bucket's inclusion probability is the share of it that was drawn.
 */
function stratified(db: Database.Database, datasetId: number, judge: string, size: number, seed: number): DrawnItems {
  const strata = buckets(db, datasetId, judge);
  const groups = [...strata.values()];
  const share = Math.floor(size / groups.length);
  const chosen = new Set(groups.flatMap((ids, index) => seededSample(ids, share, seed + index)));
  const rest = groups.flat().filter((id) => !chosen.has(id));
  for (const id of seededSample(rest, size - chosen.size, seed)) chosen.add(id);
  const probabilities = [...strata].map(
    ([bucket, ids]) => [bucket, ids, ids.filter((id) => chosen.has(id)).length / ids.length] as const,
  );
  return {
    itemIds: [...chosen].sort((a, b) => a - b),
    sampling: {
      kind: 'stratified',
      judge,
      seed,
      inclusion: Object.fromEntries(probabilities.map(([bucket, , probability]) => [bucket, probability])),
    },
    inclusion: new Map(
      probabilities.flatMap(([, ids, probability]) =>
        ids.filter((id) => chosen.has(id)).map((id) => [id, probability] as const),
      ),
    ),
  };
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
