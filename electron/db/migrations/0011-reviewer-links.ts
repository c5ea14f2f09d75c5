// Browser mode's reviewer links. Only a SHA-256 of each link's secret is kept, so a copy of the
// workspace does not hand out working links; a revoked link keeps its row for the record.
import type { Migration } from '../migration';

export const reviewerLinks: Migration = {
  version: 11,
  name: 'reviewer links',
  sql: `
    CREATE TABLE reviewer_link (
      id          INTEGER PRIMARY KEY,
      reviewer_id INTEGER NOT NULL REFERENCES reviewer(id) ON DELETE CASCADE,
      token_hash  TEXT NOT NULL UNIQUE,
      created_at  TEXT NOT NULL,
      revoked_at  TEXT
    );
    CREATE INDEX reviewer_link_live ON reviewer_link (reviewer_id) WHERE revoked_at IS NULL;
  `,
};
