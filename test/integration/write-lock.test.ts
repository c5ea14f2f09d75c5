// Many processes, one workspace: a write that meets another process's write lock waits for it
// instead of failing. Real processes each time: the CLI, a second core saving labels, and a plain
// SQLite connection holding BEGIN IMMEDIATE the way another program would.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel } from '../helpers/gavel-cli';
import { helperProcess, nextMessage } from '../helpers/processes';
import { tempDir } from '../helpers/temp-workspace';

const KEY = 'sk-write-lock-4242';
const env = { ...process.env, GAVEL_KEY_FAKE: KEY };
const LOCK_HELD_MS = 7_000;
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

interface Saved {
  saved: number;
  failed: number;
  firstError: unknown;
}

/** A workspace with the sample dataset (20 items judged by 'correctness'), closed again. */
async function sampleWorkspace() {
  const workspace = path.join(tempDir(), 'shared.gavel');
  const core = await openCore({ workspacePath: workspace, seedSample: true, uploads: null });
  await core.close();
  const db = new Database(workspace, { readonly: true });
  const items = db.prepare('SELECT id, key FROM item ORDER BY id').all() as { id: number; key: string }[];
  db.close();
  return { workspace, items };
}

function count(workspace: string, query: string): number {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare(query).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

const saver = (workspace: string, reviewer: string, n: number, itemIds: number[]) =>
  helperProcess('save-labels-process.ts', [workspace, reviewer, String(n), 'correctness', itemIds.join(',')]);

describe('labels saved by two processes at once', () => {
  it('keeps all 1,000 of two processes saving 500 each in parallel', async () => {
    const { workspace, items } = await sampleWorkspace();
    const ids = items.map((item) => item.id);
    const [ana, ben] = await Promise.all([saver(workspace, 'ana', 500, ids), saver(workspace, 'ben', 500, ids)]);
    const results = [nextMessage<Saved>(ana), nextMessage<Saved>(ben)];
    ana.send('go');
    ben.send('go');
    const [fromAna, fromBen] = await Promise.all(results);
    expect(fromAna).toEqual({ saved: 500, failed: 0, firstError: null });
    expect(fromBen).toEqual({ saved: 500, failed: 0, firstError: null });
    expect(count(workspace, "SELECT count(*) AS n FROM label WHERE rationale LIKE 'ana #%'")).toBe(500);
    expect(count(workspace, "SELECT count(*) AS n FROM label WHERE rationale LIKE 'ben #%'")).toBe(500);
  }, 120_000);

  it('imports a label pack while another process is saving labels', async () => {
    const { workspace, items } = await sampleWorkspace();
    const csv = path.join(path.dirname(workspace), 'pack.csv');
    fs.writeFileSync(
      csv,
      ['item,judge,value,rationale', ...items.map((item) => `${item.key},correctness,yes,checked by zoe`)].join('\n'),
    );
    const ana = await saver(
      workspace,
      'ana',
      500,
      items.map((item) => item.id),
    );
    const saved = nextMessage<Saved>(ana);
    ana.send('go');
    const imported = await gavel(
      ['labels', 'import', csv, '--dataset', '1', '--reviewer', 'zoe', '--workspace', workspace],
      env,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Imported ${items.length} labels`);
    expect(await saved).toEqual({ saved: 500, failed: 0, firstError: null });
    expect(count(workspace, "SELECT count(*) AS n FROM label WHERE rationale = 'checked by zoe'")).toBe(items.length);
    expect(count(workspace, "SELECT count(*) AS n FROM label WHERE rationale LIKE 'ana #%'")).toBe(500);
  }, 120_000);
});

describe('a run meeting another program’s write lock', () => {
  const ITEMS = 30;

  function expectEveryJudgmentSaved(workspace: string, result: { code: number; stdout: string }) {
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      run: { status: 'done', judgments: { done: ITEMS, error: 0, total: ITEMS } },
    });
    expect(count(workspace, "SELECT count(*) AS n FROM judgment WHERE status = 'done'")).toBe(ITEMS);
    // Each judgment asked once: nothing lost and asked again.
    expect(fake!.requests).toHaveLength(ITEMS);
  }

  it(`starts and completes while another process holds the lock for ${LOCK_HELD_MS / 1000} s`, async () => {
    fake = await startFakeOpenAI({ apiKey: KEY });
    const workspace = await importedItems(ITEMS, env);
    const holder = await helperProcess('hold-lock-process.ts', [workspace, String(LOCK_HELD_MS)]);
    holder.send('go');
    expect(await nextMessage(holder)).toBe('locked');
    const released = nextMessage(holder);
    const result = await gavel(fakeRunArgs(workspace, fake.url), env);
    expect(await released).toBe('released');
    expectEveryJudgmentSaved(workspace, result);
  }, 120_000);

  it('meets the lock mid-run, waits, and completes with every judgment saved', async () => {
    const workspace = await importedItems(ITEMS, env);
    const holder = await helperProcess('hold-lock-process.ts', [workspace, String(LOCK_HELD_MS)]);
    let locked: Promise<unknown> | undefined;
    fake = await startFakeOpenAI({
      apiKey: KEY,
      behavior: () => {
        // A third of the way in, another program takes the write lock for seconds.
        if (fake!.requests.length === ITEMS / 3 && !locked) {
          locked = nextMessage(holder);
          holder.send('go');
        }
        return { latencyMs: 40 };
      },
    });
    const result = await gavel(fakeRunArgs(workspace, fake.url), env);
    expect(await locked).toBe('locked');
    expectEveryJudgmentSaved(workspace, result);
  }, 120_000);
});
