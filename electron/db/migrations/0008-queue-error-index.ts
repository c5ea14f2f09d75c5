// The review queue's "errors" status asks which items have a judge whose latest verdict is an error.
// Errors are few; without an index on them every filter change scanned all latest verdicts (300,000
// rows for 100,000 items × 3 judges). A partial index holds only the errors.
import type { Migration } from '../migration';

export const queueErrorIndex: Migration = {
  version: 8,
  name: 'queue error index',
  sql: `
    CREATE INDEX latest_verdict_errors ON latest_verdict (item_id) WHERE status = 'error';
  `,
};
