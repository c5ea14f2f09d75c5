// "Close the loop": each calibration remembers which examples went into the new judge
// version and exactly which labelled items it is measured on, so its before/after can be recomputed
// and audited later. A judge's hold-out is fixed once and kept, so that no later calibration takes an
// example from the items earlier ones were measured on.
import type { Migration } from '../migration';

export const calibrations: Migration = {
  version: 7,
  name: 'calibrations',
  sql: `
    CREATE TABLE calibration_holdout (
      judge_id   INTEGER PRIMARY KEY REFERENCES judge(id) ON DELETE CASCADE,
      share      REAL NOT NULL,
      seed       INTEGER NOT NULL,
      item_ids   TEXT NOT NULL,  -- JSON array of item ids
      created_at TEXT NOT NULL
    );

    CREATE TABLE calibration (
      id              INTEGER PRIMARY KEY,
      judge_id        INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      from_version_id INTEGER NOT NULL REFERENCES judge_version(id),
      to_version_id   INTEGER NOT NULL REFERENCES judge_version(id),
      reviewer        TEXT,   -- whose labels it is measured against; null for the consensus
      holdout         REAL NOT NULL,
      seed            INTEGER NOT NULL,
      examples        TEXT NOT NULL,  -- JSON array of item ids, in prompt order
      measured        TEXT NOT NULL,  -- JSON array of item ids
      created_at      TEXT NOT NULL
    );
    CREATE INDEX calibration_judge ON calibration (judge_id, id);

    -- The new version's runs, one per dataset its measured items are in.
    CREATE TABLE calibration_run (
      calibration_id INTEGER NOT NULL REFERENCES calibration(id) ON DELETE CASCADE,
      run_id         INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
      PRIMARY KEY (calibration_id, run_id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX fewshot_set_judge ON fewshot_set (judge_id);
  `,
};
