// Honest outcomes: a run's exit code and status say whether every judgment was done, and a lease
// held by a process on another machine is respected while it beats and taken over once it is stale.
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/domain';
import { providerConfig } from '../../electron/core/provider-registry';
import { STALE_AFTER_MS } from '../../electron/runner/run-lease';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel, spawnGavel } from '../helpers/gavel-cli';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

const KEY = 'sk-outcome-test-8080';
const ITEMS = 10;
const env = { ...process.env, GAVEL_KEY_FAKE: KEY };
let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const badRequest = { outcome: { kind: 'error' as const, status: 400, message: 'This model does not exist.' } };

describe('exit codes of gavel run', () => {
  it('exits 2 with its --json summary when some judgments failed', async () => {
    fake = await startFakeOpenAI({ apiKey: KEY, behavior: (_body, index) => (index % 2 === 0 ? badRequest : {}) });
    const result = await gavel(fakeRunArgs(await importedItems(ITEMS, env), fake.url), env);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({
      run: { status: 'done', judgments: { done: ITEMS / 2, error: ITEMS / 2, total: ITEMS } },
    });
    expect(result.stderr).toContain(`run 1 ended with ${ITEMS / 2} of ${ITEMS} judgments failed`);
    expect(result.stderr).toContain('gavel retry-errors 1');
  }, 60_000);

  it("calls a run whose every judgment failed 'failed', with its first error, and exits 2", async () => {
    fake = await startFakeOpenAI({ apiKey: KEY, behavior: () => badRequest });
    const result = await gavel(fakeRunArgs(await importedItems(ITEMS, env), fake.url), env);
    expect(result.code).toBe(2);
    const summary = JSON.parse(result.stdout) as { run: { status: string; first_error: string } };
    expect(summary.run.status).toBe('failed');
    expect(summary.run.first_error).toContain('This model does not exist');
  }, 60_000);

  it('exits 3 with a paused summary when Ctrl-C pauses the run', async () => {
    fake = await startFakeOpenAI({ apiKey: KEY, behavior: () => ({ latencyMs: 500 }) });
    const workspace = await importedItems(ITEMS, env);
    const child = spawnGavel(fakeRunArgs(workspace, fake.url), env);
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    while (fake.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({ run: { id: 1, status: 'paused' } });
  }, 60_000);
});

describe('a lease held on another machine', () => {
  async function pausedRun() {
    fake = await startFakeOpenAI({ apiKey: KEY });
    const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: KEY }) });
    value(
      await core.call('providers.save', {
        config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }),
      }),
    );
    const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
    const judge = await judgeFromTemplate(core, 'correctness', { name: 'c', model: 'gpt-4o-mini' });
    const run = value(
      await core.call('runs.start', { datasetId: dataset!.id, judgeVersionIds: [judge] }),
    ) as RunSummary;
    await core.call('runs.pause', { id: run.id });
    await core.runner.wait(run.id);
    const holdFromElsewhere = (heartbeat: number) =>
      core.workspace.writer
        .prepare(
          `UPDATE run SET status = 'running', lease_token = 'elsewhere', lease_pid = 4242, lease_host = 'build-box',
                  lease_since = '2026-01-01T00:00:00.000Z', lease_heartbeat = ? WHERE id = ?`,
        )
        .run(heartbeat, run.id);
    return { core, runId: run.id, holdFromElsewhere };
  }

  it('is respected while its heartbeat is fresh', async () => {
    const { core, runId, holdFromElsewhere } = await pausedRun();
    holdFromElsewhere(Date.now());
    const refused = await core.call('runs.resume', { id: runId });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining(`Run ${runId} is being executed by process 4242 on build-box`) },
    });
    expect(value(await core.call('runs.get', { id: runId }))).toMatchObject({
      status: 'running',
      holder: { pid: 4242, host: 'build-box' },
    });
  });

  it('is taken over once its heartbeat is older than the stale limit', async () => {
    const { core, runId, holdFromElsewhere } = await pausedRun();
    holdFromElsewhere(Date.now() - STALE_AFTER_MS - 1_000);
    expect(value(await core.call('runs.get', { id: runId }))).toMatchObject({ status: 'interrupted', holder: null });
    value(await core.call('runs.resume', { id: runId }));
    expect(await core.runner.wait(runId)).toMatchObject({ status: 'done', done: 20, errors: 0, holder: null });
  });
});
