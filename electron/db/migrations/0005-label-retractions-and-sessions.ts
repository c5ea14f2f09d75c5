// Labels can be retracted (undo of a first label, kept in the history); sessions record whether an
// override needs a rationale. SQLite cannot alter a CHECK constraint, so the label table is rebuilt.
import type { Migration } from '../migration';

export const labelRetractionsAndSessions: Migration = {
  version: 5,
  name: 'label retractions, session settings',
  rebuildsTables: true,
  sql: `
    CREATE TABLE label_next (
      id            INTEGER PRIMARY KEY,
      item_id       INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      judge_id      INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      reviewer_id   INTEGER NOT NULL REFERENCES reviewer(id),
      judgment_id   INTEGER REFERENCES judgment(id) ON DELETE SET NULL,
      session_id    INTEGER REFERENCES session(id) ON DELETE SET NULL,
      action        TEXT NOT NULL CHECK (action IN ('confirm', 'override', 'skip', 'flag', 'retract')),
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
      source        TEXT,
      source_key    TEXT UNIQUE,
      created_at    TEXT NOT NULL
    );
    INSERT INTO label_next SELECT * FROM label;
    DROP TABLE label;
    ALTER TABLE label_next RENAME TO label;
    CREATE INDEX label_item_judge ON label (item_id, judge_id, reviewer_id, id);
    CREATE INDEX label_reviewer ON label (reviewer_id, item_id);

    ALTER TABLE session ADD COLUMN require_rationale INTEGER NOT NULL DEFAULT 1;
  `,
};
