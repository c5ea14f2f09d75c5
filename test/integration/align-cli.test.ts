// `gavel align themes | proposals | accept | reject | edit` as a user runs them: a real process on a
// real workspace file with the experts' override rationales, the judge's model on the fake OpenAI server.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlignThemesResult, Proposal } from '../../shared/align';
import { openCore } from '../../electron/core/open-core';
import { alignReply, ODD_GUIDELINE, schemaName } from '../fakes/align-replies';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fixSplit, JUDGE, labelledJudge } from '../fakes/labelled-judge';
import { gavel as runGavel } from '../helpers/gavel-cli';
import { memoryKeys, tempDir } from '../helpers/temp-workspace';

// A loaded machine starts processes slowly.
const CLI_TIMEOUT = 120_000;

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function labelledWorkspace(): Promise<{
  workspace: string;
  gavel: (args: string[]) => ReturnType<typeof runGavel>;
}> {
  fake = await startFakeOpenAI({ reply: alignReply });
  const dir = tempDir();
  const workspace = path.join(dir, 'align.gavel');
  const core = await openCore({ workspacePath: workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
  try {
    const { itemIds } = await labelledJudge(core, { fakeUrl: fake.url, dir });
    fixSplit(core, itemIds, ['q09', 'q10', 'q11', 'q12']);
  } finally {
    await core.close();
  }
  return {
    workspace,
    gavel: (args) => runGavel(['align', ...args, '--workspace', workspace], { GAVEL_KEY_FAKE: 'sk-fake' }),
  };
}

const alignRequests = () => fake!.requests.filter((request) => /themes|guidelines/.test(schemaName(request) ?? ''));

describe('gavel align', () => {
  it(
    'prints the estimate, then the themes and proposals; accept, edit and reject decide them',
    async () => {
      const { gavel } = await labelledWorkspace();
      const themes = await gavel(['themes', '--judge', JUDGE, '--json']);
      expect(themes.code).toBe(0);
      expect(themes.stderr).toMatch(
        /^Estimate: 8 failures, \d+ input \+ at most 2080 output tokens in 2 calls: up to \$0\.\d{4}\.$/m,
      );
      const result = JSON.parse(themes.stdout) as AlignThemesResult;
      expect(result.themes.map((t) => t.theme)).toEqual(['calls odd numbers even', 'calls even numbers odd']);
      expect(alignRequests()).toHaveLength(2);
      const [odd, even] = result.proposals;

      const accepted = await gavel(['accept', String(odd!.id), '--json']);
      expect(JSON.parse(accepted.stdout)).toMatchObject({ id: odd!.id, status: 'accepted', guideline: ODD_GUIDELINE });
      const edited = await gavel(['edit', String(even!.id), '--text', 'Call an even number even.']);
      expect(edited.code).toBe(0);
      expect(edited.stdout).toContain(`proposal ${even!.id} [accepted, edited]`);
      expect(edited.stdout).toContain('  + - Call an even number even.');

      const listed = await gavel(['proposals', '--judge', JUDGE]);
      expect(listed.stdout).toContain('calls odd numbers even\n');
      expect(listed.stdout).toContain(`  + - ${ODD_GUIDELINE}`);
      expect(listed.stdout).toContain('  q01: "1 is odd."');

      expect((await gavel(['reject', String(odd!.id)])).stdout).toContain(`proposal ${odd!.id} [rejected]`);
      const json = JSON.parse((await gavel(['proposals', '--judge', JUDGE, '--json'])).stdout) as Proposal[];
      expect(json.map((p) => [p.id, p.status, p.edited])).toEqual([
        [odd!.id, 'rejected', null],
        [even!.id, 'accepted', 'Call an even number even.'],
      ]);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses over --budget after printing the estimate, sending nothing; --dry-run only estimates',
    async () => {
      const { gavel } = await labelledWorkspace();
      const refused = await gavel(['themes', '--judge', JUDGE, '--budget', '0.000001']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^Estimate: 8 failures, .*\(budget \$0\.0000\)\.\ngavel: Grouping 8 failures with gpt-4o-mini may cost up to/m,
      );
      const dry = await gavel(['themes', '--judge', JUDGE, '--dry-run', '--json']);
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({ failures: 8, themes: [], proposals: [] });
      expect(alignRequests()).toEqual([]);
      expect((await gavel(['proposals', '--judge', JUDGE])).stdout).toMatch(/^No proposals for oddness/);
    },
    CLI_TIMEOUT,
  );

  it(
    'groups by audit tags without a model, and says which proposal does not exist',
    async () => {
      const { gavel } = await labelledWorkspace();
      const themes = await gavel(['themes', '--judge', JUDGE, '--without-model']);
      expect(themes.code).toBe(0);
      expect(themes.stderr).toContain('Estimate: 8 failures, grouped by audit tags and keywords without a model ($0).');
      expect(themes.stdout).toContain('oddness v1: 8 failures in 1 themes; cost $0.0000.');
      expect(themes.stdout).toContain('tag: misread context (tags; 8 items: q01, q02, q03, q04, q05, q06, q07, q08)');
      expect(themes.stdout).toMatch(/\+ - When judging, remember what experts noted on 8 items: "\d is (odd|even)\."/);
      expect(alignRequests()).toEqual([]);

      const missing = await gavel(['accept', '999']);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('gavel: No proposal with id 999.');
      expect((await gavel(['edit', '1'])).stderr).toMatch(/required option '--text <guideline>'/);
    },
    CLI_TIMEOUT,
  );
});
