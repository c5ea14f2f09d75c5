// Judge audits: each run of `gavel audit` (or `trust.audit`) with what it was asked and what it
// found, so the Trust panel can show the latest one without judging anything again.
import type { Migration } from '../migration';

export const audits: Migration = {
  version: 15,
  name: 'audits',
  sql: `
    CREATE TABLE audit (
      id               INTEGER PRIMARY KEY,
      judge_version_id INTEGER NOT NULL REFERENCES judge_version(id) ON DELETE CASCADE,
      dataset_id       INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
      params           TEXT NOT NULL,
      result           TEXT NOT NULL,
      cost             REAL NOT NULL,
      created_at       TEXT NOT NULL
    );
    CREATE INDEX audit_dataset_version ON audit (dataset_id, judge_version_id);
  `,
};
