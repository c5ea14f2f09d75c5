// Which review queue a confusion cell (or any list of calibration items) opens: one dataset's queue
// holds them, so the dataset with most of them wins and the rest are said to be elsewhere.
import type { CalibrationOverview, ItemRef } from '../../../shared/calibration';
import { plural } from '../format/text';

export interface QueueTarget {
  datasetId: number;
  itemIds: number[];
  /** Items of the same list that live in other datasets, and so are not in this queue. */
  elsewhere: number;
}

export function queueTarget(items: ItemRef[]): QueueTarget | null {
  const byDataset = new Map<number, number[]>();
  for (const item of items) byDataset.set(item.datasetId, [...(byDataset.get(item.datasetId) ?? []), item.itemId]);
  let best: [number, number[]] | null = null;
  // Ties go to the dataset seen first, so the same cell always opens the same queue.
  for (const entry of byDataset) if (best === null || entry[1].length > best[1].length) best = entry;
  if (best === null) return null;
  return { datasetId: best[0], itemIds: best[1], elsewhere: items.length - best[1].length };
}

/** What the queue says about where its items came from. */
export function targetNote(what: string, target: QueueTarget): string {
  if (target.elsewhere === 0) return what;
  return `${what} (${plural(target.elsewhere, 'more item')} ${target.elsewhere === 1 ? 'is' : 'are'} in other datasets)`;
}

/** The items known so far with those of a new overview (every paired item sits in one pass/fail cell), in key order. */
export function knownItems(known: Map<number, ItemRef>, overview: CalibrationOverview): Map<number, ItemRef> {
  const items = new Map(known);
  for (const cell of overview.passFail) for (const item of cell.items) items.set(item.itemId, item);
  return new Map([...items].sort(([, a], [, b]) => a.key.localeCompare(b.key, undefined, { numeric: true })));
}
