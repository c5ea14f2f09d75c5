// Which items of a dataset a run covers, fixed when the run is created so resuming never changes it.
import type Database from 'better-sqlite3';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Selection } from '../../shared/contract';
import { GavelError } from '../../shared/result';
import { itemsMatching } from '../db/queries/review-queue';
import { findItem, itemIdsOfDataset } from '../db/queries/items';

export function selectItems(db: Database.Database, datasetId: number, selection: Selection): number[] {
  const all = () => itemIdsOfDataset(db, datasetId);
  switch (selection.kind) {
    case 'all':
      return all();
    case 'first':
      return all().slice(0, selection.size);
    case 'sample':
      return seededSample(all(), selection.size, selection.seed);
    case 'filter':
      return itemsMatching(db, datasetId, selection.filter);
    case 'keys': {
      return selection.keys.map((key) => {
        const row = findItem(db, datasetId, key);
        if (!row) throw new GavelError('NOT_FOUND', `The dataset has no item with key "${key}".`);
        return row.id;
      });
    }
  }
}

/** A reproducible sample (the same seed picks the same items), returned in dataset order. */
export function seededSample(ids: number[], size: number, seed: number): number[] {
  if (size >= ids.length) return ids;
  const rng = xoroshiro128plus(seed);
  const pool = [...ids];
  // Partial Fisher–Yates: the first `size` places end up a uniform sample.
  for (let i = 0; i < size; i++) {
    const j = uniformInt(rng, i, pool.length - 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, size).sort((a, b) => a - b);
}
