// Crash safety: `kill -9` a CLI run halfway: `runs` shows it interrupted (never running), then
// `resume` takes it over: every judgment is done exactly once and the requests sent are at most the
// judgments plus those in flight at the kill.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel, spawnGavel } from '../helpers/gavel-cli';

const KEY = 'sk-kill-test-7777';
const ITEMS = 40;
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const env = { ...process.env, GAVEL_KEY_FAKE: KEY };

function doneCount(workspace: string): number {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM judgment WHERE status = 'done'").get() as { n: number }).n;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}

describe('a run killed with SIGKILL', () => {
  it('resumes calling only what did not finish', async () => {
    fake = await startFakeOpenAI({ apiKey: KEY, behavior: () => ({ latencyMs: 120 }) });
    const workspace = await importedItems(ITEMS, env);
    const child = spawnGavel(fakeRunArgs(workspace, fake.url), env);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const deadline = Date.now() + 30_000;
    while (doneCount(workspace) < ITEMS / 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    await exited;
    await new Promise((resolve) => setTimeout(resolve, 300));

    const doneAtKill = doneCount(workspace);
    const sentAtKill = fake.requests.length;
    expect(doneAtKill).toBeGreaterThan(0);
    expect(doneAtKill).toBeLessThan(ITEMS);
    // Sent but not committed when killed: the requests in flight (at most the concurrency of 4), plus
    // any reply that arrived in the turn the process died in.
    const inFlightAtKill = sentAtKill - doneAtKill;
    expect(inFlightAtKill).toBeLessThanOrEqual(8);

    // The dead process's run is not shown as running, and opening the workspace drops its lease.
    const listed = await gavel(['runs', '--workspace', workspace, '--json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ id: 1, status: 'interrupted', holder: null }]);
    const leased = new Database(workspace, { readonly: true });
    expect(leased.prepare('SELECT status, lease_token FROM run WHERE id = 1').get()).toEqual({
      status: 'running',
      lease_token: null,
    });
    leased.close();

    const { code, stdout, stderr } = await gavel(['resume', '1', '--workspace', workspace, '--json'], env);
    expect(code).toBe(0);
    expect(`${stdout}${stderr}`).not.toContain(KEY);
    expect(JSON.parse(stdout)).toMatchObject({
      run: { id: 1, status: 'done', judgments: { done: ITEMS, error: 0, total: ITEMS } },
    });

    expect(fake.requests.length).toBeLessThanOrEqual(ITEMS + inFlightAtKill);
    const db = new Database(workspace, { readonly: true });
    const perJudgment = db
      .prepare("SELECT judgment_id, count(*) AS ok FROM judgment_attempt WHERE outcome = 'ok' GROUP BY judgment_id")
      .all() as { ok: number }[];
    db.close();
    expect(perJudgment).toHaveLength(ITEMS);
    expect(perJudgment.every((row) => row.ok === 1)).toBe(true);
  });
});
