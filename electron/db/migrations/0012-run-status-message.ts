// Why a run stopped when it did not finish by itself (a refused key, an unknown model, a provider
// that kept rate limiting): one plain-words message shown beside the run's status.
import type { Migration } from '../migration';

export const runStatusMessage: Migration = {
  version: 12,
  name: 'run status message',
  sql: `
    ALTER TABLE run ADD COLUMN status_message TEXT;
  `,
};
