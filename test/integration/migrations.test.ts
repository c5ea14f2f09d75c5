import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/db/migration';
import { MIGRATIONS, SCHEMA_VERSION } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open-workspace';
import { tempDir } from '../helpers/temp-workspace';

const DOMAIN_TABLES = [
  'dataset',
  'item',
  'import',
  'judge',
  'judge_version',
  'run',
  'run_judge',
  'judgment',
  'judgment_attempt',
  'reviewer',
  'label',
  'session',
  'session_item',
  'fewshot_set',
  'fewshot_example',
  'response_cache',
  'setting',
  'audit',
];

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('migrations', () => {
  it('numbers the registry 1..N without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
  });

  it('creates the whole domain model in a fresh file, with WAL and foreign keys on', () => {
    const workspace = openWorkspace(path.join(tempDir(), 'fresh.gavel'));
    expect(workspace.created).toBe(true);
    expect(schemaVersion(workspace.writer)).toBe(SCHEMA_VERSION);
    expect(tables(workspace.writer)).toEqual(expect.arrayContaining(DOMAIN_TABLES));
    expect(workspace.writer.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(workspace.writer.pragma('foreign_keys', { simple: true })).toBe(1);
    workspace.close();
  });

  for (const from of MIGRATIONS.slice(0, -1).map((m) => m.version)) {
    it(`upgrades a workspace from version ${from}, keeping its data`, () => {
      const file = path.join(tempDir(), `v${from}.gavel`);
      const old = new Database(file);
      expect(migrate(old, MIGRATIONS, from)).toBe(from);
      old.prepare("INSERT INTO dataset (name, created_at) VALUES ('kept', '2026-01-01')").run();
      old.prepare("INSERT INTO item (dataset_id, key, source, created_at) VALUES (1, 'a', '{}', '2026-01-01')").run();
      old.close();

      const workspace = openWorkspace(file);
      expect(workspace.created).toBe(false);
      expect(schemaVersion(workspace.writer)).toBe(SCHEMA_VERSION);
      expect(tables(workspace.writer)).toEqual(expect.arrayContaining(DOMAIN_TABLES));
      expect(workspace.reader.prepare('SELECT name FROM dataset').all()).toEqual([{ name: 'kept' }]);
      expect(workspace.reader.prepare('SELECT key FROM item').all()).toEqual([{ key: 'a' }]);
      workspace.close();
    });
  }

  it('keeps labels and what refers to them when the label table is rebuilt (v4 → v5)', () => {
    const file = path.join(tempDir(), 'labels-v4.gavel');
    const old = new Database(file);
    old.pragma('foreign_keys = ON');
    migrate(old, MIGRATIONS, 4);
    old.exec(`
      INSERT INTO dataset (name, created_at) VALUES ('d', 't');
      INSERT INTO item (dataset_id, key, source, created_at) VALUES (1, 'a', '{}', 't');
      INSERT INTO judge (name, created_at) VALUES ('correctness', 't');
      INSERT INTO reviewer (name, created_at) VALUES ('ana', 't');
      INSERT INTO label (item_id, judge_id, reviewer_id, action, pass, rationale, created_at) VALUES (1, 1, 1, 'override', 0, 'why', 't');
      INSERT INTO label (item_id, judge_id, reviewer_id, action, pass, supersedes_id, created_at) VALUES (1, 1, 1, 'confirm', 1, 1, 't');
      INSERT INTO fewshot_set (judge_id, name, created_at) VALUES (1, 's', 't');
      INSERT INTO fewshot_example (set_id, position, item_id, label_id) VALUES (1, 0, 1, 2);
    `);
    old.close();
    const workspace = openWorkspace(file);
    expect(workspace.reader.prepare('SELECT id, action, supersedes_id FROM label ORDER BY id').all()).toEqual([
      { id: 1, action: 'override', supersedes_id: null },
      { id: 2, action: 'confirm', supersedes_id: 1 },
    ]);
    expect(workspace.reader.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    workspace.writer
      .prepare(
        "INSERT INTO label (item_id, judge_id, reviewer_id, action, created_at) VALUES (1, 1, 1, 'retract', 't')",
      )
      .run();
    void workspace.close();
  });

  it('rolls a failing step back whole and leaves the version where it was', () => {
    const db = new Database(':memory:');
    const broken = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE x (a); BOGUS;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).not.toContain('x');
  });

  it('refuses a workspace written by a newer Gavel and leaves it untouched', () => {
    const file = path.join(tempDir(), 'newer.gavel');
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = fs.readFileSync(file);
    expect(() => openWorkspace(file)).toThrow(
      `newer Gavel (schema version ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION})`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a workspace with a clear message', () => {
    const file = path.join(tempDir(), 'notes.gavel');
    fs.writeFileSync(file, 'these are my notes, not a database'.repeat(200));
    expect(() => openWorkspace(file)).toThrow(/notes\.gavel is not a Gavel workspace/);
  });

  it('refuses a damaged workspace, naming the integrity check', () => {
    const file = path.join(tempDir(), 'damaged.gavel');
    const db = new Database(file);
    db.exec('CREATE TABLE t (a TEXT); CREATE INDEX t_a ON t (a);');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    for (let i = 0; i < 400; i++) insert.run(`row ${i} ${'x'.repeat(50)}`);
    db.close();
    // Overwrite the last pages (index b-tree pages) with garbage.
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, bytes.length - 4096 * 3, bytes.length - 4096);
    fs.writeFileSync(file, bytes);
    expect(() => openWorkspace(file)).toThrow(
      /damaged\.gavel (is damaged \(SQLite integrity check|is not a Gavel workspace)/,
    );
  });

  it('records the sampling of sessions made before v14 from their selection; a stratified one stays unknown', () => {
    const file = path.join(tempDir(), 'sessions-v13.gavel');
    const old = new Database(file);
    migrate(old, MIGRATIONS, 13);
    old.prepare("INSERT INTO dataset (name, created_at) VALUES ('d', '2026-01-01')").run();
    const selections = [
      { kind: 'all' },
      { kind: 'sample', size: 5, seed: 4 },
      { kind: 'hard_first' },
      { kind: 'filter', filter: {} },
      { kind: 'stratified', judge: 'j', size: 5, seed: 1 },
    ];
    for (const selection of selections) {
      old
        .prepare("INSERT INTO session (name, dataset_id, selection, created_at) VALUES ('s', 1, ?, '2026-01-01')")
        .run(JSON.stringify(selection));
    }
    old.close();
    const workspace = openWorkspace(file);
    const rows = workspace.reader.prepare('SELECT sampling FROM session ORDER BY id').all() as {
      sampling: string | null;
    }[];
    expect(rows.map((row) => (row.sampling === null ? null : JSON.parse(row.sampling)))).toEqual([
      { kind: 'all' },
      { kind: 'random', seed: 4 },
      { kind: 'hardest_first' },
      { kind: 'filtered' },
      null,
    ]);
    workspace.close();
  });

  it('will not create a missing file when asked not to', () => {
    expect(() => openWorkspace(path.join(tempDir(), 'missing.gavel'), { create: false })).toThrow(/No workspace at/);
  });
});
