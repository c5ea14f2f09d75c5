// The review desk asks, for each item it opens, which models answered it (the item's detail counts
// them; side by side lists them). The generation table is keyed by (run, item): without an index
// on the item, each of those reads scanned every generation of the workspace.
import type { Migration } from '../migration';

export const generationItemIndex: Migration = {
  version: 9,
  name: 'generation item index',
  sql: `
    CREATE INDEX generation_item ON generation (item_id, status);
  `,
};
