// The human side: reviewers, append-only labels, labelling sessions and few-shot sets.
import type { Migration } from '../migration';

export const reviews: Migration = {
  version: 2,
  name: 'reviewers, labels, sessions, few-shot sets',
  sql: `
    CREATE TABLE reviewer (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    );

    CREATE TABLE session (
      id           INTEGER PRIMARY KEY,
      name         TEXT NOT NULL,
      dataset_id   INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
      instructions TEXT NOT NULL DEFAULT '',
      judges       TEXT NOT NULL DEFAULT '[]',  -- JSON judge ids
      selection    TEXT NOT NULL DEFAULT '{}',  -- JSON: all | filter | sample | stratified ...
      blind        INTEGER NOT NULL DEFAULT 0,
      reviewers    TEXT NOT NULL DEFAULT '[]',  -- JSON reviewer ids
      created_at   TEXT NOT NULL
    );

    CREATE TABLE session_item (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      PRIMARY KEY (session_id, item_id)
    );

    -- Append-only: a new label supersedes the older one of the same (item, judge, reviewer).
    CREATE TABLE label (
      id            INTEGER PRIMARY KEY,
      item_id       INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      judge_id      INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      reviewer_id   INTEGER NOT NULL REFERENCES reviewer(id),
      judgment_id   INTEGER REFERENCES judgment(id) ON DELETE SET NULL,
      session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
      action        TEXT NOT NULL CHECK (action IN ('confirm', 'override', 'skip', 'flag')),
      score         REAL,
      label         TEXT,
      pass          INTEGER,
      rationale     TEXT,
      tags          TEXT NOT NULL DEFAULT '[]',
      blind         INTEGER NOT NULL DEFAULT 0,
      blind_score   REAL,
      blind_label   TEXT,
      blind_pass    INTEGER,
      supersedes_id INTEGER REFERENCES label(id),
      source        TEXT,        -- where an imported label came from, e.g. 'promptfoo'
      source_key    TEXT UNIQUE, -- identity of an imported or merged label: re-imports add nothing
      created_at    TEXT NOT NULL
    );
    CREATE INDEX label_item_judge ON label (item_id, judge_id, reviewer_id, id);

    CREATE TABLE fewshot_set (
      id         INTEGER PRIMARY KEY,
      judge_id   INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      name       TEXT NOT NULL,
      created_at TEXT NOT NULL
    );

    CREATE TABLE fewshot_example (
      set_id     INTEGER NOT NULL REFERENCES fewshot_set(id) ON DELETE CASCADE,
      position   INTEGER NOT NULL,
      item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      label_id   INTEGER NOT NULL REFERENCES label(id),
      rationale  TEXT,  -- the curator's rewording, when it differs from the label's
      PRIMARY KEY (set_id, position)
    );
  `,
};
