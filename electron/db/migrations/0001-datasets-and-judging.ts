// Datasets, items and everything a judge produced: judges, immutable versions, runs, judgments.
import type { Migration } from '../migration';

export const datasetsAndJudging: Migration = {
  version: 1,
  name: 'datasets and judging',
  sql: `
    CREATE TABLE dataset (
      id            INTEGER PRIMARY KEY,
      name          TEXT NOT NULL UNIQUE,
      source_format TEXT,
      created_at    TEXT NOT NULL
    );

    -- One row per file imported: provenance, and the identity a re-import is recognised by.
    CREATE TABLE import (
      id           INTEGER PRIMARY KEY,
      dataset_id   INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
      file_name    TEXT NOT NULL,
      file_sha256  TEXT NOT NULL,
      format       TEXT NOT NULL,
      mapping      TEXT NOT NULL,
      rows         INTEGER NOT NULL,
      inserted     INTEGER NOT NULL,
      created_at   TEXT NOT NULL
    );

    CREATE TABLE item (
      id                INTEGER PRIMARY KEY,
      dataset_id        INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
      key               TEXT NOT NULL,
      request           TEXT,
      response          TEXT,
      expected_response TEXT,
      expected_facts    TEXT,  -- JSON string[]
      guidelines        TEXT,  -- JSON string[] | {name: string[]}
      retrieved_context TEXT,  -- JSON [{doc_uri, content}]
      metadata          TEXT NOT NULL DEFAULT '{}',
      source            TEXT NOT NULL,  -- the source row verbatim
      import_id         INTEGER REFERENCES import(id) ON DELETE SET NULL,
      created_at        TEXT NOT NULL,
      UNIQUE (dataset_id, key)
    );

    CREATE TABLE judge (
      id          INTEGER PRIMARY KEY,
      name        TEXT NOT NULL UNIQUE,
      description TEXT,
      created_at  TEXT NOT NULL
    );

    -- Immutable: editing a judge inserts a new version; nothing that ran is rewritten.
    CREATE TABLE judge_version (
      id                INTEGER PRIMARY KEY,
      judge_id          INTEGER NOT NULL REFERENCES judge(id) ON DELETE CASCADE,
      version           INTEGER NOT NULL,
      kind              TEXT NOT NULL CHECK (kind IN ('llm', 'heuristic', 'imported')),
      version_label     TEXT,  -- the source's own tag, e.g. MLflow 'v1'
      instructions      TEXT,
      output_type       TEXT NOT NULL,  -- JSON OutputType
      greater_is_better INTEGER NOT NULL DEFAULT 1,
      provider          TEXT,
      model             TEXT,
      params            TEXT NOT NULL DEFAULT '{}',
      fewshot           TEXT NOT NULL DEFAULT '[]',
      source            TEXT,  -- e.g. 'mlflow', 'databricks' for imported verdicts
      content_hash      TEXT NOT NULL,
      created_at        TEXT NOT NULL,
      UNIQUE (judge_id, version),
      UNIQUE (judge_id, content_hash)
    );

    CREATE TABLE run (
      id          INTEGER PRIMARY KEY,
      dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
      name        TEXT NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('eval', 'imported')),
      source      TEXT,  -- imported runs: '<format>:<file sha256>'
      settings    TEXT NOT NULL DEFAULT '{}',
      status      TEXT NOT NULL CHECK (status IN ('pending', 'running', 'paused', 'cancelled', 'done', 'failed')),
      totals      TEXT NOT NULL DEFAULT '{}',
      created_at  TEXT NOT NULL,
      started_at  TEXT,
      finished_at TEXT,
      UNIQUE (dataset_id, source)
    );

    CREATE TABLE run_judge (
      run_id           INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
      judge_version_id INTEGER NOT NULL REFERENCES judge_version(id),
      PRIMARY KEY (run_id, judge_version_id)
    );

    -- Keyed by (run, item, judge version): a resumed run never pays twice for the same verdict.
    CREATE TABLE judgment (
      id               INTEGER PRIMARY KEY,
      run_id           INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
      item_id          INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
      judge_version_id INTEGER NOT NULL REFERENCES judge_version(id),
      status           TEXT NOT NULL CHECK (status IN ('pending', 'running', 'done', 'error')),
      score            REAL,
      label            TEXT,
      pass             INTEGER,
      justification    TEXT,
      raw_output       TEXT,
      chunk_results    TEXT,  -- JSON ChunkVerdict[]
      error            TEXT,
      attempts         INTEGER NOT NULL DEFAULT 0,
      latency_ms       REAL,
      input_tokens     INTEGER,
      output_tokens    INTEGER,
      cost             REAL,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      UNIQUE (run_id, item_id, judge_version_id)
    );
    CREATE INDEX judgment_item ON judgment (item_id);

    -- Every provider call, so the tokens of retried attempts are accounted for too.
    CREATE TABLE judgment_attempt (
      id            INTEGER PRIMARY KEY,
      judgment_id   INTEGER NOT NULL REFERENCES judgment(id) ON DELETE CASCADE,
      attempt       INTEGER NOT NULL,
      started_at    TEXT NOT NULL,
      latency_ms    REAL,
      outcome       TEXT NOT NULL,
      http_status   INTEGER,
      input_tokens  INTEGER,
      output_tokens INTEGER,
      error         TEXT
    );
  `,
};
