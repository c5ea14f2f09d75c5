// Judges defined in Gavel keep their whole definition; judgments keep the score distribution from
// log-probabilities; runs can generate the responses they judge (model comparisons).
import type { Migration } from '../migration';

export const judgeSpecsAndGeneration: Migration = {
  version: 4,
  name: 'judge specs, score distributions, generations',
  sql: `
    ALTER TABLE judge_version ADD COLUMN spec TEXT;  -- JSON JudgeSpec; null for imported versions
    ALTER TABLE judgment ADD COLUMN distribution TEXT;  -- JSON {score: probability}

    -- A run's candidate answers, when it generates them instead of judging the dataset's own.
    CREATE TABLE generation (
      id            INTEGER PRIMARY KEY,
      run_id        INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
      item_id       INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      provider      TEXT NOT NULL,
      model         TEXT NOT NULL,
      status        TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'error')),
      response      TEXT,
      stop_reason   TEXT,
      truncated     INTEGER,
      error         TEXT,
      latency_ms    REAL,
      input_tokens  INTEGER,
      output_tokens INTEGER,
      cost          REAL,
      UNIQUE (run_id, item_id)
    );

    CREATE INDEX judgment_run_status ON judgment (run_id, status);
  `,
};
