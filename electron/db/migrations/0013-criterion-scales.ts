// A criterion can be labelled before any judge scores it (a golden set): its scale and polarity
// then live on the criterion itself, taken from the template of its name or read from the values.
import type { Migration } from '../migration';

export const criterionScales: Migration = {
  version: 13,
  name: 'criterion scales',
  sql: `
    ALTER TABLE judge ADD COLUMN output_type TEXT;
    ALTER TABLE judge ADD COLUMN greater_is_better INTEGER;
  `,
};
