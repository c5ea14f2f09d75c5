// No key in the workspace or in a message, even when the server echoes it: a provider whose 401
// quotes the Authorization header it got, and one whose reply repeats the key. After real runs
// (through the core, and through the CLI in its own process) the SQLite file and its -wal hold no
// byte of the key, and what the API returns and the CLI prints is redacted.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunJudgmentRow, RunSummary } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import { providerConfig } from '../../../electron/core/provider-registry';
import type { Core } from '../../../electron/core/service';
import { defaultReply, startFakeOpenAI, type FakeOpenAIServer } from '../../fakes/fake-openai-server';
import { gavel as runGavel } from '../../helpers/gavel-cli';
import { memoryKeys, tempCore, tempDir, value } from '../../helpers/temp-workspace';
import { judgeFromTemplate } from '../../helpers/template-judge';

// Not key-shaped: only knowing the key can mask it.
const KEY = 'gateway-token-5150-QUIETLY';

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The workspace file and its -wal as bytes, for a search no SQL query could hide anything from. */
function workspaceBytes(workspace: string): Buffer {
  const parts = [workspace, `${workspace}-wal`].filter((file) => fs.existsSync(file));
  return Buffer.concat(parts.map((file) => fs.readFileSync(file)));
}

async function runOnce(core: Core): Promise<RunSummary> {
  value(
    await core.call('providers.save', { config: providerConfig('fake', 'openai-compatible', { baseUrl: fake!.url }) }),
  );
  const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
  const judge = await judgeFromTemplate(core, 'correctness', { model: 'gpt-4o-mini' });
  const started = value(
    await core.call('runs.start', { datasetId: dataset!.id, judgeVersionIds: [judge] }),
  ) as RunSummary;
  return core.runner.wait(started.id);
}

describe('a key echoed back by the server', () => {
  it('is absent from the workspace bytes and from the errors the API returns after a 401 quoting it', async () => {
    fake = await startFakeOpenAI({ apiKey: 'the-key-the-server-wants', echoCredentials: true });
    const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: KEY }) });
    const run = await runOnce(core);
    expect(fake.requests.length).toBeGreaterThan(0);
    // A refused key pauses the run after a few calls, saying why: the reason quotes the server.
    expect(run.status).toBe('paused');
    expect(run.message).toMatch(/Incorrect API key provided \(Authorization: Bearer \[redacted\]/);
    const test = value(await core.call('providers.test', { id: 'fake' })) as { message: string };
    expect(test.message).toMatch(/Bearer \[redacted\]/);
    const listed = value(await core.call('runs.list', {})) as RunSummary[];
    expect(JSON.stringify([run, listed, test])).not.toContain(KEY);

    expect(workspaceBytes(core.workspace.path).includes(KEY)).toBe(false);
    await core.close();
    expect(workspaceBytes(core.workspace.path).includes(KEY)).toBe(false);
  });

  it('is absent from stored verdicts and the reply cache when a 200 reply repeats it', async () => {
    fake = await startFakeOpenAI({
      reply: (request) =>
        JSON.stringify({
          ...(JSON.parse(defaultReply(request)) as object),
          justification: `Echoing your credentials: ${KEY}`,
        }),
    });
    const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: KEY }) });
    const run = await runOnce(core);
    expect(run.done).toBeGreaterThan(0);
    const { rows } = value(await core.call('runs.judgments', { id: run.id, status: 'done' })) as {
      rows: RunJudgmentRow[];
    };
    expect(rows[0]?.justification).toBe('Echoing your credentials: [redacted]');
    expect(workspaceBytes(core.workspace.path).includes(KEY)).toBe(false);
  });

  it('is absent from what the CLI prints and stores', async () => {
    fake = await startFakeOpenAI({ apiKey: 'the-key-the-server-wants', echoCredentials: true });
    const dir = tempDir();
    const workspace = path.join(dir, 'leak.gavel');
    const dataset = path.join(dir, 'items.jsonl');
    fs.writeFileSync(dataset, `${JSON.stringify({ question: 'Q?', answer: 'A.' })}\n`);
    const gavel = async (args: string[]) => {
      const { stdout, stderr } = await runGavel(args, { GAVEL_KEY_FAKE: KEY });
      return stdout + stderr;
    };
    const printed = [
      await gavel(['import', dataset, '--workspace', workspace]),
      await gavel([
        'run',
        ...['--dataset', 'items', '--judge', 'relevance_to_query', '--provider', 'openai-compatible'],
        ...['--provider-id', 'fake', '--model', 'gpt-4o-mini', '--base-url', fake.url, '--workspace', workspace],
      ]),
    ].join('\n');
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(printed).toMatch(/1 errors/);
    expect(printed).not.toContain(KEY);
    expect(workspaceBytes(workspace).includes(KEY)).toBe(false);
  });
});
