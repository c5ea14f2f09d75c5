// One run, one process: while a process executes a run, another asked to resume it refuses, naming
// the holder; once the holder is killed the run shows as interrupted, and two processes resuming it
// at once between them ask every item exactly once.
import os from 'node:os';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel, spawnGavel } from '../helpers/gavel-cli';

const KEY = 'sk-lease-test-5151';
const ITEMS = 40;
const env = { ...process.env, GAVEL_KEY_FAKE: KEY };
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const until = async (condition: () => boolean) => {
  const deadline = Date.now() + 30_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

function judgmentsDone(workspace: string): number {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM judgment WHERE status = 'done'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('two processes and one run', () => {
  it('refuses a second executor, shows a killed holder as interrupted, and never asks an item twice', async () => {
    let answering = false;
    fake = await startFakeOpenAI({
      apiKey: KEY,
      // Until the holder is killed every request hangs: it stays busy executing the run.
      behavior: () => (answering ? { latencyMs: 300 } : { outcome: { kind: 'hang' } }),
    });
    const workspace = await importedItems(ITEMS, env);
    const holder = spawnGavel(fakeRunArgs(workspace, fake.url), env);
    const holderExited = new Promise((resolve) => holder.once('exit', resolve));
    await until(() => fake!.requests.length > 0);

    const refused = await gavel(['resume', '1', '--workspace', workspace], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`Run 1 is being executed by process ${holder.pid} on ${os.hostname()}`);
    const listed = await gavel(['runs', '--workspace', workspace, '--json'], env);
    expect(JSON.parse(listed.stdout)[0]).toMatchObject({ status: 'running', holder: { pid: holder.pid } });

    holder.kill('SIGKILL');
    await holderExited;
    const afterKill = await gavel(['runs', '--workspace', workspace, '--json'], env);
    expect(JSON.parse(afterKill.stdout)[0]).toMatchObject({ id: 1, status: 'interrupted', holder: null });

    answering = true;
    const firstResumed = fake.requests.length;
    const [a, b] = await Promise.all([
      gavel(['resume', '1', '--workspace', workspace, '--json'], env),
      gavel(['resume', '1', '--workspace', workspace, '--json'], env),
    ]);
    // One of them executes the run; the other either refused while it did, or found nothing left.
    const outcomes = [a, b].sort((x, y) => x.code - y.code);
    expect(outcomes[0]!.code).toBe(0);
    if (outcomes[1]!.code !== 0) {
      expect(outcomes[1]!.code).toBe(1);
      expect(outcomes[1]!.stderr).toMatch(/Run 1 is being executed by process \d+ on /);
    }
    expect(judgmentsDone(workspace)).toBe(ITEMS);
    const asked = new Map<string, number>();
    for (const request of fake.requests.slice(firstResumed)) {
      asked.set(request.prompt!, (asked.get(request.prompt!) ?? 0) + 1);
    }
    // The killed holder's requests never got an answer; after it, every item was asked exactly once.
    expect(asked.size).toBe(ITEMS);
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
