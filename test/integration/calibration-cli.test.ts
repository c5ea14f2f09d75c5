// `gavel calibrate` and `gavel stats --by` as a user runs them: a real process on a real workspace
// file, the judge's model on the fake OpenAI server.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { JUDGE, labelledJudge, oddnessReply } from '../fakes/labelled-judge';
import { gavel as runGavel } from '../helpers/gavel-cli';
import { memoryKeys, tempDir } from '../helpers/temp-workspace';

// A loaded machine starts processes slowly.
const CLI_TIMEOUT = 120_000;

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const gavel = (args: string[]) => runGavel(args, { GAVEL_KEY_FAKE: 'sk-fake' });

async function labelledWorkspace(): Promise<string> {
  fake = await startFakeOpenAI({ reply: oddnessReply });
  const dir = tempDir();
  const workspace = path.join(dir, 'cli.gavel');
  const core = await openCore({ workspacePath: workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
  try {
    await labelledJudge(core, { fakeUrl: fake.url, dir });
  } finally {
    await core.close();
  }
  return workspace;
}

describe('gavel calibrate', () => {
  it(
    'exits 2, naming the first error, when the new version ends with failed judgments',
    async () => {
      const workspace = await labelledWorkspace();
      // From now on the judge answers in words, not in the verdict JSON: every judgment fails.
      fake!.setBehavior(() => ({ outcome: { kind: 'malformed-content' } }));
      const result = await gavel(['calibrate', '--judge', JUDGE, '--max-examples', '2', '--workspace', workspace]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/first error: /);
      expect(result.stderr).toMatch(/gavel retry-errors \d+/);
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 3, naming the way to finish, when the new version cannot reach its model',
    async () => {
      const workspace = await labelledWorkspace();
      // The judge's server goes away before the calibrated version is measured.
      await fake!.close();
      fake = undefined;
      const result = await gavel(['calibrate', '--judge', JUDGE, '--max-examples', '2', '--workspace', workspace]);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/could not reach provider "fake"/);
      expect(result.stderr).toMatch(/gavel resume \d+/);
    },
    CLI_TIMEOUT,
  );

  it(
    'prints judge, versions, example keys, measured count, before/after stats and cost with --json',
    async () => {
      const workspace = await labelledWorkspace();
      const result = await gavel([
        'calibrate',
        '--judge',
        JUDGE,
        '--max-examples',
        '2',
        '--holdout',
        '0.5',
        '--seed',
        '4',
        '--workspace',
        workspace,
        '--json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(Object.keys(printed)).toEqual([
        'judge',
        'from_version',
        'to_version',
        'examples',
        'measured_on',
        'before',
        'after',
        'cost',
      ]);
      expect(printed).toMatchObject({ judge: JUDGE, from_version: 1, to_version: 2, measured_on: 6 });
      expect(printed.examples).toHaveLength(2);
      const statsKeys = ['judge', 'version', 'n', 'binary', 'ordinal', 'ci', 'human_human', 'warning'];
      expect(Object.keys(printed.before as object)).toEqual(statsKeys);
      expect(printed.after).toMatchObject({ version: 2, n: 6, binary: { accuracy: 1 } });
      expect(typeof printed.cost).toBe('number');

      // The same statistics as `stats --json` prints for the old version on all its items.
      const stats = await gavel(['stats', '--judge', JUDGE, '--version', '1', '--workspace', workspace, '--json']);
      expect(Object.keys(JSON.parse(stats.stdout) as object)).toEqual(statsKeys);
    },
    CLI_TIMEOUT,
  );

  it(
    'fails with one line naming the reason, and breaks stats down with --by',
    async () => {
      const workspace = await labelledWorkspace();
      const refused = await gavel(['calibrate', '--judge', 'nope', '--workspace', workspace]);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim()).toBe('gavel: No verdicts of judge "nope".');
      const badShare = await gavel(['calibrate', '--judge', JUDGE, '--holdout', '2', '--workspace', workspace]);
      expect(badShare.code).toBe(1);
      expect(badShare.stderr.trim()).toBe('gavel: --holdout 2: expected a share from 0 to 0.9');

      const byTopic = await gavel(['stats', '--judge', JUDGE, '--by', 'topic', '--workspace', workspace, '--json']);
      expect(byTopic.code).toBe(0);
      const rows = JSON.parse(byTopic.stdout) as { value: string; n: number }[];
      expect(rows.map((r) => [r.value, r.n])).toEqual([
        ['low', 6],
        ['high', 4],
        ['(none)', 2],
      ]);
      const text = await gavel(['stats', '--judge', JUDGE, '--by', 'topic', '--workspace', workspace]);
      expect(text.stdout).toMatch(/^topic = low: 6 items, pass\/fail: accuracy 0\.000/);
    },
    CLI_TIMEOUT,
  );

  it(
    'exports the HTML report and Gavel JSONL, which imports into a fresh workspace with the same labels',
    async () => {
      const workspace = await labelledWorkspace();
      const dir = path.dirname(workspace);
      const report = path.join(dir, 'report.html');
      const html = await gavel([
        'export',
        '--judge',
        JUDGE,
        '--format',
        'report-html',
        '--out',
        report,
        '--workspace',
        workspace,
      ]);
      expect(html.stderr).toBe('');
      expect(fs.readFileSync(report, 'utf8')).toContain('<svg');

      const dump = path.join(dir, 'dump.gavel.jsonl');
      const exported = await gavel([
        'export',
        '--judge',
        JUDGE,
        '--format',
        'gavel',
        '--out',
        dump,
        '--workspace',
        workspace,
      ]);
      expect(exported.code).toBe(0);
      const fresh = path.join(dir, 'fresh.gavel');
      const imported = await gavel(['import', dump, '--workspace', fresh, '--json']);
      expect(imported.stderr).toBe('');
      expect(JSON.parse(imported.stdout)).toMatchObject({ judgments: 12, labels: 12 });
      const stats = async (file: string) =>
        JSON.parse((await gavel(['stats', '--judge', JUDGE, '--workspace', file, '--json'])).stdout) as unknown;
      expect(await stats(fresh)).toEqual(await stats(workspace));
    },
    CLI_TIMEOUT,
  );
});
