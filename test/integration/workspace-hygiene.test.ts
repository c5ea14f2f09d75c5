// Workspace hygiene: the WAL is truncated after a big write and on close, and `gavel check`
// reports integrity, the schema version, runs left running and uploads left over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TRUNCATE_ABOVE_BYTES } from '../../electron/db/checkpointer';
import { writeBigJsonl } from '../helpers/big-jsonl';
import { gavel } from '../helpers/gavel-cli';
import { fixture, tempCore, tempDir, value } from '../helpers/temp-workspace';

const walSize = (workspace: string) => (fs.existsSync(`${workspace}-wal`) ? fs.statSync(`${workspace}-wal`).size : 0);

/** Resolves once `condition` holds; the test's own timeout bounds the wait. */
async function eventually(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function bigImport() {
  const core = await tempCore();
  const file = path.join(tempDir(), 'rows.jsonl');
  const { rows } = writeBigJsonl(file, { bytes: 30 * 1024 * 1024, rowBytes: 1000 });
  return { core, file, rows };
}

describe('workspace hygiene', () => {
  it('truncates the WAL after a big import while the workspace stays open', { timeout: 120_000 }, async () => {
    const { core, file, rows } = await bigImport();
    const summary = value(await core.call('import.run', { source: { kind: 'path', path: file } })) as {
      rows: number;
    };
    expect(summary.rows).toBe(rows);
    const workspace = core.workspace.path;
    expect(walSize(workspace)).toBeGreaterThan(TRUNCATE_ABOVE_BYTES);
    await eventually(() => walSize(workspace) <= TRUNCATE_ABOVE_BYTES);
    // Still open and readable, with every row.
    expect(value(await core.call('datasets.list', {}))).toMatchObject([{ items: rows }]);
  });

  it('truncates the WAL on close even while another process keeps the file open', { timeout: 120_000 }, async () => {
    const { core, file } = await bigImport();
    const workspace = core.workspace.path;
    const other = new Database(workspace, { readonly: true });
    try {
      value(await core.call('import.run', { source: { kind: 'path', path: file } }));
      await core.close();
      expect(walSize(workspace)).toBe(0);
      expect((other.prepare('SELECT count(*) AS n FROM item').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      other.close();
    }
  });

  it(
    'gavel check reports the schema version, runs left running and leftover uploads',
    { timeout: 60_000 },
    async () => {
      const core = await tempCore();
      value(
        await core.call('import.run', { source: { kind: 'path', path: fixture('mlflow-eval_results_table.json') } }),
      );
      const workspace = core.workspace.path;
      await core.close();
      // A run whose process died mid-way stays 'running'.
      const db = new Database(workspace);
      db.prepare("UPDATE run SET status = 'running' WHERE id = 1").run();
      db.close();
      // An upload folder of a browser-mode server that is gone (no process has pid 2^22 + 1 here).
      const tmp = tempDir();
      const killed = path.join(tmp, `gavel-uploads-${os.userInfo().username}`, `${2 ** 22 + 1}-killed`);
      fs.mkdirSync(killed, { recursive: true });
      fs.writeFileSync(path.join(killed, 'abc'), Buffer.alloc(2048));

      const json = await gavel(['check', '--workspace', workspace, '--json'], { TMPDIR: tmp });
      expect(json.code).toBe(0);
      const report = JSON.parse(json.stdout) as Record<string, unknown>;
      expect(report).toMatchObject({
        ok: true,
        integrityProblems: [],
        runningRuns: [{ id: 1, dataset: 'mlflow-eval_results_table' }],
        uploads: [{ path: killed, files: 1, bytes: 2048 }],
      });
      expect(report.schemaVersion).toBe(report.newestSchemaVersion);

      const text = await gavel(['check', '--workspace', workspace], { TMPDIR: tmp });
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/Integrity: ok/);
      expect(text.stdout).toMatch(/Runs left running: 1, possibly interrupted/);
      expect(text.stdout).toMatch(/-killed: 1 file, 0\.0 MB/);
    },
  );

  it('gavel check exits non-zero for a damaged workspace and leaves it as it was', { timeout: 60_000 }, async () => {
    const core = await tempCore();
    value(await core.call('import.run', { source: { kind: 'path', path: fixture('qa.csv') } }));
    const workspace = core.workspace.path;
    await core.close();
    // Scribble over the page holding the items table, as a failing disk might.
    const reader = new Database(workspace, { readonly: true });
    const { rootpage } = reader.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'item'").get() as {
      rootpage: number;
    };
    const pageSize = reader.pragma('page_size', { simple: true }) as number;
    reader.close();
    const fd = fs.openSync(workspace, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (rootpage - 1) * pageSize);
    fs.closeSync(fd);
    const damaged = fs.readFileSync(workspace);

    const checked = await gavel(['check', '--workspace', workspace]);
    expect(checked.code).not.toBe(0);
    expect(checked.stdout + checked.stderr).toMatch(/DAMAGED|not a Gavel workspace|malformed/);
    expect(fs.readFileSync(workspace).equals(damaged)).toBe(true);
  });
});
