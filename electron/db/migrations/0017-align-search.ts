// Aligning a judge (issue 17): candidate versions, the judge's fixed development / sealed-test split
// and the searches themselves.
//
// A candidate is an ordinary judge version that is not (yet) the judge's current one: the search
// saves one per guideline edit and few-shot set, and only the winner that proves itself on the
// sealed test loses the flag. The split is stored per item so that it never moves: items labelled
// later are added to it (by a seeded hash of their id), never reshuffled.
import type { Migration } from '../migration';

export const alignSearch: Migration = {
  version: 17,
  name: 'align search',
  sql: `
    ALTER TABLE judge_version ADD COLUMN candidate INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE align_split (
      judge_id   INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      part       TEXT NOT NULL CHECK (part IN ('dev', 'test')),
      seed       INTEGER NOT NULL,
      test_share REAL NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (judge_id, item_id)
    ) WITHOUT ROWID;

    CREATE TABLE align_search (
      id                INTEGER PRIMARY KEY,
      judge_id          INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      from_version_id   INTEGER NOT NULL REFERENCES judge_version(id),
      phase             TEXT NOT NULL,   -- dev | test | done | paused | failed
      options           TEXT NOT NULL,   -- JSON: seed, budget, reviewer, accepted-only…
      themes            TEXT NOT NULL,   -- JSON: the themes and the dev items behind each
      candidates        TEXT NOT NULL,   -- JSON: candidate version ids with the edits and examples of each
      run_ids           TEXT NOT NULL DEFAULT '[]',  -- JSON array, in the order they were started
      chosen_version_id INTEGER REFERENCES judge_version(id),
      result            TEXT,            -- JSON: the sealed test's before/after/difference, once measured
      message           TEXT,
      cost              REAL NOT NULL DEFAULT 0,
      budget            REAL,
      created_at        TEXT NOT NULL,
      updated_at        TEXT NOT NULL
    );
    CREATE INDEX align_search_judge ON align_search (judge_id, id);
  `,
};
