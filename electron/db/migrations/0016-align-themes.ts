// Why a judge disagrees with its experts, grouped into themes, and the guideline edit proposed for
// each theme with the expert's decision on it. A theme belongs to the judge version whose failures it
// groups (its proposals are diffs of that version's instructions); an item leaving the workspace
// leaves its themes, and a theme's proposal goes with the theme.
import type { Migration } from '../migration';

export const alignThemes: Migration = {
  version: 16,
  name: 'align themes',
  sql: `
    CREATE TABLE align_theme (
      id               INTEGER PRIMARY KEY,
      judge_version_id INTEGER NOT NULL REFERENCES judge_version(id) ON DELETE CASCADE,
      theme            TEXT NOT NULL,
      source           TEXT NOT NULL CHECK (source IN ('model', 'tags', 'keywords')),
      position         INTEGER NOT NULL,
      created_at       TEXT NOT NULL
    );
    CREATE INDEX align_theme_version ON align_theme (judge_version_id);

    CREATE TABLE align_theme_item (
      theme_id INTEGER NOT NULL REFERENCES align_theme(id) ON DELETE CASCADE,
      item_id  INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      PRIMARY KEY (theme_id, item_id)
    );

    CREATE TABLE align_proposal (
      id         INTEGER PRIMARY KEY,
      theme_id   INTEGER NOT NULL UNIQUE REFERENCES align_theme(id) ON DELETE CASCADE,
      guideline  TEXT NOT NULL,
      edited     TEXT,
      status     TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'accepted', 'rejected')),
      rationales TEXT NOT NULL DEFAULT '[]',  -- JSON [{itemKey, text}]
      created_at TEXT NOT NULL,
      decided_at TEXT
    );
  `,
};
