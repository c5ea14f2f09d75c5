// The review queue asks, for every item, "what did each judge last say, and what did each reviewer
// last decide?". These two tables answer that with index lookups instead of ranking every judgment
// and label of a dataset on each filter change. Labels (few, one at a time) keep theirs by trigger;
// verdicts arrive by the hundred thousand in imports, so their writers refresh `latest_verdict` in
// bulk (a per-row trigger tripled import time).
import type { Migration } from '../migration';

export const latestVerdictsAndLabels: Migration = {
  version: 6,
  name: 'latest verdicts and labels',
  sql: `
    CREATE TABLE latest_verdict (
      item_id      INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      judge_id     INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      judgment_id  INTEGER NOT NULL REFERENCES judgment(id) ON DELETE CASCADE,
      status       TEXT NOT NULL,
      score        REAL,
      label        TEXT,
      pass         INTEGER,
      PRIMARY KEY (item_id, judge_id)
    ) WITHOUT ROWID;

    CREATE TABLE latest_label (
      item_id     INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      judge_id    INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      reviewer_id INTEGER NOT NULL REFERENCES reviewer(id),
      label_id    INTEGER NOT NULL REFERENCES label(id) ON DELETE CASCADE,
      action      TEXT NOT NULL,
      score       REAL,
      label       TEXT,
      pass        INTEGER,
      tags        TEXT NOT NULL,
      source      TEXT,
      PRIMARY KEY (item_id, judge_id, reviewer_id)
    ) WITHOUT ROWID;
    CREATE INDEX latest_label_reviewer ON latest_label (reviewer_id, item_id);

    -- Labels are append-only: the newest row of a reviewer on an item and judge is their decision.
    CREATE TRIGGER label_latest AFTER INSERT ON label
    BEGIN
      INSERT INTO latest_label (item_id, judge_id, reviewer_id, label_id, action, score, label, pass, tags, source)
      VALUES (NEW.item_id, NEW.judge_id, NEW.reviewer_id, NEW.id, NEW.action, NEW.score, NEW.label, NEW.pass,
              NEW.tags, NEW.source)
      ON CONFLICT (item_id, judge_id, reviewer_id) DO UPDATE SET
        label_id = excluded.label_id, action = excluded.action, score = excluded.score, label = excluded.label,
        pass = excluded.pass, tags = excluded.tags, source = excluded.source
      WHERE excluded.label_id >= latest_label.label_id;
    END;

    INSERT INTO latest_verdict (item_id, judge_id, judgment_id, status, score, label, pass)
    SELECT jm.item_id, v.judge_id, jm.id, jm.status, jm.score, jm.label, jm.pass
      FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id
     WHERE jm.status IN ('done', 'error')
       AND jm.id = (SELECT max(j2.id) FROM judgment j2 JOIN judge_version v2 ON v2.id = j2.judge_version_id
                     WHERE j2.item_id = jm.item_id AND v2.judge_id = v.judge_id AND j2.status IN ('done', 'error'));

    INSERT INTO latest_label (item_id, judge_id, reviewer_id, label_id, action, score, label, pass, tags, source)
    SELECT l.item_id, l.judge_id, l.reviewer_id, l.id, l.action, l.score, l.label, l.pass, l.tags, l.source
      FROM label l
     WHERE l.id = (SELECT max(l2.id) FROM label l2
                    WHERE l2.item_id = l.item_id AND l2.judge_id = l.judge_id AND l2.reviewer_id = l.reviewer_id);
  `,
};
