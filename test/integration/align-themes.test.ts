// Alignment's themes and proposals on a real workspace: the labelled `oddness` judge, its model on the
// fake OpenAI server reached through the real openai SDK and the provider layer.
import { describe, expect, it, onTestFinished } from 'vitest';
import { GUIDELINES_HEADING } from '../../electron/align/guidelines';
import { acceptedGuidelines } from '../../electron/db/queries/align-proposals';
import type { RecordedRequest } from '../fakes/fake-http';
import { startFakeOpenAI } from '../fakes/fake-openai-server';
import { alignReply, listedFailures, ODD_GUIDELINE, schemaName } from '../fakes/align-replies';
import { fixSplit, JUDGE, labelledJudge } from '../fakes/labelled-judge';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { memoryKeys, tempCore, tempDir, value } from '../helpers/temp-workspace';

const ODD = ['q01', 'q03', 'q05', 'q07'];
const EVEN = ['q02', 'q04', 'q06', 'q08'];
/** The sealed test part the judge's split is fixed with: none of them is a failure. */
const SEALED = ['q09', 'q10', 'q11', 'q12'];

async function alignWorkspace({ split = true } = {}) {
  let reply = alignReply;
  const fake = await startFakeOpenAI({ reply: (request) => reply(request) });
  onTestFinished(() => fake.close());
  const core = await tempCore({ keys: memoryKeys({ fake: 'sk-fake' }) });
  const labelled = await labelledJudge(core, { fakeUrl: fake.url, dir: tempDir() });
  if (split) fixSplit(core, labelled.itemIds, SEALED);
  const alignRequests = () => fake.requests.filter((request) => schemaName(request)?.match(/themes|guidelines/));
  return {
    core,
    fake,
    ...labelled,
    alignRequests,
    answerWith: (next: (request: RecordedRequest) => string) => (reply = next),
  };
}

describe('align.themes with the judge’s model', () => {
  it('groups the failures in one call, proposes guidelines in one more, and stores both with diffs', async () => {
    const { core, alignRequests } = await alignWorkspace();
    const result = value(await core.call('align.themes', { judge: JUDGE }));

    expect(alignRequests().map(schemaName)).toEqual(['failure_themes', 'theme_guidelines']);
    expect([...listedFailures(alignRequests()[0]!.prompt!).values()].sort()).toEqual([...ODD, ...EVEN].sort());
    expect(result).toMatchObject({ judge: JUDGE, version: 1, failures: 8 });
    // The unknown failure id 999 the model made up is dropped.
    expect(result.themes.map((t) => [t.theme, t.itemKeys, t.source])).toEqual([
      ['calls odd numbers even', ODD, 'model'],
      ['calls even numbers odd', EVEN, 'model'],
    ]);
    expect(result.estimate!.usd).toBeGreaterThan(0);
    expect(result.cost).toBeGreaterThan(0);
    expect(result.cost).toBeLessThanOrEqual(result.estimate!.usd!);

    const [odd, even] = result.proposals;
    expect(odd).toMatchObject({
      themeId: result.themes[0]!.id,
      guideline: ODD_GUIDELINE,
      status: 'proposed',
      edited: null,
    });
    expect(odd!.rationales).toEqual(ODD.map((key) => ({ itemKey: key, text: `${Number(key.slice(1))} is odd.` })));
    expect(
      odd!.diff
        .filter((part) => part.added)
        .map((part) => part.value)
        .join(''),
    ).toBe(`\n${GUIDELINES_HEADING}\n- ${ODD_GUIDELINE}\n`);
    // The model left theme 2 out: its guideline quotes the experts.
    expect(even!.guideline).toMatch(/^When judging, remember what experts noted on 4 items: "\d is even\."$/);

    expect(value(await core.call('align.proposals', { judge: JUDGE }))).toEqual(result.proposals);
  });

  it('records accept, edit and reject; a new grouping replaces only undecided proposals; asking again is paid once', async () => {
    const { core, alignRequests } = await alignWorkspace();
    const first = value(await core.call('align.themes', { judge: JUDGE }));
    const [odd, even] = first.proposals;

    const edited = value(
      await core.call('align.decide', {
        proposalId: even!.id,
        decision: 'edit',
        text: ' Even numbers\n are never odd. ',
      }),
    );
    expect(edited).toMatchObject({ status: 'accepted', edited: 'Even numbers are never odd.' });
    expect(edited.diff.find((part) => part.added)!.value).toContain('- Even numbers are never odd.');
    expect(value(await core.call('align.decide', { proposalId: odd!.id, decision: 'reject' })).status).toBe('rejected');
    expect(value(await core.call('align.decide', { proposalId: odd!.id, decision: 'accept' })).status).toBe('accepted');
    expect(acceptedGuidelines(core.workspace.reader, JUDGE)).toEqual([ODD_GUIDELINE, 'Even numbers are never odd.']);
    value(await core.call('align.decide', { proposalId: odd!.id, decision: 'reject' }));

    const again = value(await core.call('align.themes', { judge: JUDGE }));
    // The same questions are answered from the workspace's response cache.
    expect(alignRequests()).toHaveLength(2);
    expect(again.cost).toBe(0);
    const all = value(await core.call('align.proposals', { judge: JUDGE }));
    expect(all.map((p) => [p.id, p.status])).toEqual([
      [odd!.id, 'rejected'],
      [even!.id, 'accepted'],
      ...again.proposals.map((p) => [p.id, 'proposed']),
    ]);
    const third = value(await core.call('align.themes', { judge: JUDGE }));
    expect(value(await core.call('align.proposals', { judge: JUDGE })).map((p) => p.id)).toEqual([
      odd!.id,
      even!.id,
      ...third.proposals.map((p) => p.id),
    ]);
  });

  it('fixes the split on first use and groups only the development part’s failures', async () => {
    const { core, alignRequests, itemIds } = await alignWorkspace({ split: false });
    const dry = value(await core.call('align.themes', { judge: JUDGE, dryRun: true }));
    // An estimate stores nothing: it reckons the split the first grouping will fix.
    expect(core.workspace.reader.prepare('SELECT count(*) AS n FROM align_split').get()).toEqual({ n: 0 });

    const result = value(await core.call('align.themes', { judge: JUDGE }));
    const parts = new Map(
      (core.workspace.reader.prepare('SELECT item_id, part FROM align_split').all() as { item_id: number; part: string }[]).map(
        (row) => [row.item_id, row.part],
      ),
    );
    expect(parts.size).toBe(12);
    const keyOf = new Map([...itemIds].map(([key, id]) => [id, key]));
    const sealed = [...parts].filter(([, part]) => part === 'test').map(([id]) => keyOf.get(id)!);
    expect(sealed.length).toBeGreaterThan(0);
    const developmentFailures = [...ODD, ...EVEN].filter((key) => !sealed.includes(key)).sort();
    // Seed 1 seals some of the failures: they must be left out.
    expect(developmentFailures.length).toBeLessThan(8);
    expect(result.failures).toBe(developmentFailures.length);
    expect(dry.failures).toBe(result.failures);
    expect([...listedFailures(alignRequests()[0]!.prompt!).values()].sort()).toEqual(developmentFailures);
    for (const request of alignRequests()) {
      for (const key of sealed) expect(request.prompt).not.toContain(`Question ${key}`);
    }
  });

  it('asks only about failures on the items given (the search’s development part)', async () => {
    const { core, alignRequests, itemIds } = await alignWorkspace();
    const result = value(
      await core.call('align.themes', { judge: JUDGE, itemIds: ['q01', 'q02', 'q11'].map((k) => itemIds.get(k)!) }),
    );
    expect([...listedFailures(alignRequests()[0]!.prompt!).values()]).toEqual(['q01', 'q02']);
    for (const request of alignRequests()) expect(request.prompt).not.toMatch(/q0[3-8]|q1\d/);
    expect(result.themes.flatMap((t) => t.itemKeys).sort()).toEqual(['q01', 'q02']);
  });

  it('refuses over budget before any call, and a dry run only estimates: nothing sent, nothing stored', async () => {
    const { core, alignRequests } = await alignWorkspace();
    const refused = await core.call('align.themes', { judge: JUDGE, budget: 0.000001 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!refused.ok && refused.error.message).toMatch(
      /may cost up to \$0\.\d{4}, over the budget of \$0\.0000\. Nothing was sent\./,
    );

    const dry = value(await core.call('align.themes', { judge: JUDGE, dryRun: true }));
    expect(dry).toMatchObject({ failures: 8, themes: [], proposals: [], cost: 0 });
    expect(dry.estimate!.inputTokens).toBeGreaterThan(0);
    expect(alignRequests()).toEqual([]);
    expect(value(await core.call('align.proposals', { judge: JUDGE }))).toEqual([]);
  });

  it.each([
    ['prose', () => 'I would group these by parity.', /theme prompt is not JSON/],
    [
      'the wrong shape',
      () => JSON.stringify({ themes: [{ theme: 7, failure_ids: 'all' }] }),
      /theme prompt is not of the asked shape/,
    ],
  ])('refuses a reply of %s with a clear error and stores nothing', async (_what, hostile, reason) => {
    const { core, answerWith } = await alignWorkspace();
    answerWith(hostile);
    const result = await core.call('align.themes', { judge: JUDGE });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(reason);
    expect(!result.ok && result.error.message).toMatch(/Nothing was stored\.$/);
    // The model's fault, told as such: not "something went wrong inside Gavel".
    expect(!result.ok && result.error.code).toBe('MODEL_FAILED');
    expect(value(await core.call('align.proposals', { judge: JUDGE }))).toEqual([]);
  });
});

describe('align.themes through the provider layer', () => {
  const asksForThemes = (body: unknown) => JSON.stringify(body).includes('"name":"failure_themes"');

  it('retries a rate-limited question as runs do', async () => {
    const { core, fake, alignRequests } = await alignWorkspace();
    let refused = 0;
    fake.setBehavior((body) =>
      asksForThemes(body) && refused++ === 0
        ? { outcome: { kind: 'error', status: 429, headers: { 'retry-after-ms': '10' } } }
        : {},
    );
    const result = value(await core.call('align.themes', { judge: JUDGE }));
    expect(result.themes).toHaveLength(2);
    expect(alignRequests().map(schemaName)).toEqual(['failure_themes', 'failure_themes', 'theme_guidelines']);
  });

  it('redacts a key the provider echoes in its refusal, and stores nothing', async () => {
    const { core, fake } = await alignWorkspace();
    const key = 'sk-proj-abcdefghijklmnopqrstuvwxyz012345';
    fake.setBehavior((body) =>
      asksForThemes(body)
        ? { outcome: { kind: 'error', status: 401, message: `Incorrect API key provided: ${key}` } }
        : {},
    );
    const result = await core.call('align.themes', { judge: JUDGE });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toMatch(
      /^Asking gpt-4o-mini on provider "fake" failed \(auth\): .*Incorrect API key provided: \[redacted\]/,
    );
    expect(!result.ok && result.error.message).not.toContain(key);
    expect(value(await core.call('align.proposals', { judge: JUDGE }))).toEqual([]);
  });
});

describe('align.themes without a model', () => {
  it('groups by audit tag and quotes the most representative rationale, calling nothing', async () => {
    const { core, alignRequests } = await alignWorkspace();
    const result = value(await core.call('align.themes', { judge: JUDGE, withoutModel: true }));
    expect(alignRequests()).toEqual([]);
    expect(result).toMatchObject({ estimate: null, cost: 0 });
    expect(result.themes.map((t) => [t.theme, t.source, t.itemKeys.length])).toEqual([
      ['tag: misread context', 'tags', 8],
    ]);
    expect(result.proposals[0]!.guideline).toMatch(
      /^When judging, remember what experts noted on 8 items: "\d is (odd|even)\."$/,
    );
    expect(result.proposals[0]!.rationales).toHaveLength(8);
  });

  it('says which proposal does not exist', async () => {
    const { core } = await alignWorkspace();
    expect(await core.call('align.decide', { proposalId: 404, decision: 'accept' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No proposal with id 404.' },
    });
    expect(await core.call('align.decide', { proposalId: 1, decision: 'edit', text: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });
});

describe('align.themes on a scale judge', () => {
  it('counts a score a point or more off as a failure and groups the rationales by keyword', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
    const desk = await scriptedWorkspace(keys);
    const judge = {
      name: 'helpful',
      outputType: { kind: 'scale' as const, min: 1, max: 5, passThreshold: 3 },
      greaterIsBetter: true,
    };
    const judged = [5, 4, 2, 3, 1, 4];
    const expert = [4, 4, 2, 5, 1, 1];
    const rationales: Record<string, string> = {
      a: 'Overrates verbose padding.',
      d: 'A terse complete answer deserves full marks.',
      f: 'Verbose and the dosage is wrong.',
    };
    await desk.judge(judge, new Map(keys.map((key, i) => [key, judged[i]!])));
    for (const [i, key] of keys.entries()) {
      value(
        await desk.core.call('labels.save', {
          itemId: desk.itemIds.get(key)!,
          judgmentId: (await desk.judgmentOf(key, judge.name)).id,
          judge: judge.name,
          reviewer: 'ana',
          action: judged[i] === expert[i] ? 'confirm' : 'override',
          score: expert[i]!,
          pass: expert[i]! >= 3,
          rationale: rationales[key] ?? null,
          requireRationale: false,
        }),
      );
    }
    const result = value(await desk.core.call('align.themes', { judge: judge.name, withoutModel: true }));
    expect(result.failures).toBe(3);
    expect(result.themes.map((t) => [t.theme, t.itemKeys])).toEqual([
      ['keyword: verbose', ['a', 'f']],
      ['other', ['d']],
    ]);
    expect(result.proposals[1]!.guideline).toBe(
      'When judging, remember what experts noted on 1 item: "A terse complete answer deserves full marks."',
    );
  });
});
