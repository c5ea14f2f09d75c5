// Sessions record how their items were drawn (see shared/sampling.ts) and each item's chance of
// being drawn, so estimates can tell random labels from hand-picked ones. Sessions created before
// keep what their selection tells: all items, a seeded sample, hardest first or a filter; a
// stratified one's inclusion probabilities were never kept, so its sampling stays unknown (NULL).
import type { Migration } from '../migration';

export const sessionSampling: Migration = {
  version: 14,
  name: 'session sampling',
  sql: `
    ALTER TABLE session ADD COLUMN sampling TEXT;
    ALTER TABLE session_item ADD COLUMN inclusion_probability REAL;
    UPDATE session SET sampling = CASE selection ->> '$.kind'
        WHEN 'all' THEN json_object('kind', 'all')
        WHEN 'sample' THEN json_object('kind', 'random', 'seed', coalesce(selection ->> '$.seed', 1))
        WHEN 'hard_first' THEN json_object('kind', 'hardest_first')
        WHEN 'filter' THEN json_object('kind', 'filtered')
      END;
  `,
};
