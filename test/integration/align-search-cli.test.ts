// `gavel align` as a user runs it: a real process on a real workspace file, the judge's model (and
// alignment's) on the fake OpenAI server whose judge follows guidelines, or in another workspace ignores them.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AlignSearchView, AlignTestResult } from '../../shared/align';
import type { RecordedRequest } from '../fakes/fake-http';
import type { FakeOpenAIServer } from '../fakes/fake-openai-server';
import {
  GUIDELINE,
  isProposalsRequest,
  isThemesRequest,
  itemTexts,
  judgedKey,
  rationaleOf,
  THEME,
} from '../fakes/guideline-judge';
import { gavel as runGavel, spawnGavel } from '../helpers/gavel-cli';
import { guidelineWorkspace, JUDGE } from '../helpers/guideline-workspace';

// A loaded machine starts processes slowly; a search is a dozen runs.
const CLI_TIMEOUT = 240_000;

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const gavel = (args: string[]) => runGavel(args, { GAVEL_KEY_FAKE: 'sk-fake' });
const SEARCH = ['align', '--judge', JUDGE, '--seed', '3', '--yes', '--json', '--workspace'];
/** A whole search, agreed to in advance, printing its JSON. */
const alignSearch = (workspace: string) => gavel([...SEARCH, workspace]);

/** The JSON of `gavel align`: the view, its sealed test's statistics as `stats --json` prints them. */
type AlignJson = Omit<AlignSearchView, 'id' | 'phase' | 'test'> & {
  test: Omit<AlignTestResult, 'before' | 'after' | 'difference' | 'p_value'> & {
    before: { n: number; binary: { accuracy: number } };
    after: { n: number; binary: { accuracy: number } };
    difference: { value: number; ci: [number, number] };
    p_value: number;
  };
};

function doneJudgments(workspace: string): number {
  const db = new Database(workspace, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM judgment WHERE status = 'done'").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Every text of a sealed item that must not reach a prompt while the search chooses. */
const sealedTexts = (keys: readonly string[]) =>
  keys.flatMap((key) => [itemTexts(key).request, itemTexts(key).response, rationaleOf(key)]);

describe('gavel align', () => {
  it(
    'promotes a guideline the judge follows, and no sealed item reaches a prompt before the final test',
    async () => {
      const ready = await guidelineWorkspace(true);
      fake = ready.fake;
      const before = fake.requests.length;
      const result = await alignSearch(ready.workspace);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as AlignJson;
      expect(out).toMatchObject({ judge: JUDGE, from_version: 1, promoted: true, status: 'done' });
      expect(out.themes).toEqual([{ theme: THEME, items: expect.any(Array) }]);
      // One guideline, with the current (no) examples and with development disagreements as examples.
      expect(out.candidates).toBe(2);
      expect(out.test.items).toHaveLength(12);
      expect(out.test.before.binary.accuracy).toBeLessThan(0.9);
      expect(out.test.after.binary.accuracy).toBe(1);
      expect(out.test.difference.ci[0]).toBeGreaterThan(0);
      expect(out.test.p_value).toBeLessThan(0.05);
      expect(out.message).toMatch(/^Promoted: v\d+ is now medication's current version/);
      // The themes were built from development failures only.
      expect(out.themes[0]!.items.filter((key) => out.test.items.includes(key))).toEqual([]);

      const judges = await gavel(['judges', 'list', '--json', '--workspace', ready.workspace]);
      const listed = JSON.parse(judges.stdout) as { judges: { name: string; latest: { version: number } }[] };
      expect(listed.judges.find((j) => j.name === JUDGE)!.latest.version).toBe(out.to_version);

      // The sealed rule, read from what the model was actually sent during the search.
      const search = fake.requests.slice(before);
      const sealed = sealedTexts(out.test.items);
      const mentions = (request: RecordedRequest) =>
        sealed.filter((text) => JSON.stringify(request.body).includes(text));
      for (const request of search.filter((r) => isThemesRequest(r) || isProposalsRequest(r))) {
        expect(mentions(request)).toEqual([]);
      }
      const judging = search.filter((r) => judgedKey(r) !== null);
      const seeingSealed = judging.filter((request) => mentions(request).length > 0);
      // Only the winner's final run saw sealed items: each item once, in the message judging it, never
      // as an example (nor its rationale anywhere), and with the winning guideline in the prompt.
      expect(seeingSealed.map(judgedKey).sort()).toEqual([...out.test.items].sort());
      for (const request of seeingSealed) {
        const key = judgedKey(request)!;
        expect(mentions(request)).toEqual([itemTexts(key).request, itemTexts(key).response]);
        expect(JSON.stringify(request.body)).toContain(GUIDELINE);
        expect(request.prompt).toContain(itemTexts(key).request);
      }
      // The winner's sealed run came last: nothing was asked after it.
      expect(judging.indexOf(seeingSealed[0]!)).toBe(judging.length - seeingSealed.length);

      // The promoted version no longer fails on development: a new search has nothing to try.
      const again = await alignSearch(ready.workspace);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/Nothing to try for medication v2: 0 development failures gave no guideline/);
    },
    CLI_TIMEOUT,
  );

  it(
    'promotes nothing when the judge ignores the guideline: the candidate is kept, "no reliable improvement"',
    async () => {
      const ready = await guidelineWorkspace(false);
      fake = ready.fake;
      const result = await alignSearch(ready.workspace);
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as AlignJson;
      expect(out).toMatchObject({ promoted: false, status: 'done', from_version: 1 });
      expect(out.test.difference.value).toBe(0);
      expect(out.message).toMatch(
        /^No reliable improvement: .*kept as a candidate and v1 stays current\. Tried 2 candidates\./,
      );
      expect(out.tried).toHaveLength(2);

      const shown = await gavel(['judges', 'show', JUDGE, '--json', '--workspace', ready.workspace]);
      const { versions } = JSON.parse(shown.stdout) as { versions: { version: number; candidate: boolean }[] };
      expect(versions.find((v) => v.version === out.to_version)).toMatchObject({ candidate: true });
      const judges = await gavel(['judges', 'list', '--json', '--workspace', ready.workspace]);
      const listed = JSON.parse(judges.stdout) as { judges: { name: string; latest: { version: number } }[] };
      expect(listed.judges.find((j) => j.name === JUDGE)!.latest.version).toBe(1);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses to start outside a terminal without --yes, after printing the estimate; --dry-run only estimates',
    async () => {
      const ready = await guidelineWorkspace(true);
      fake = ready.fake;
      const sent = fake.requests.length;
      const dry = await gavel(['align', '--judge', JUDGE, '--dry-run', '--json', '--workspace', ready.workspace]);
      expect(dry.code).toBe(0);
      expect(JSON.parse(dry.stdout)).toMatchObject({
        judge: JUDGE,
        from_version: 1,
        dev_items: 28,
        test_items: 12,
        failures: 12,
        candidates: 2,
        estimate: { themes: expect.any(Number), runs: expect.any(Number), total: expect.any(Number) },
      });
      const refused = await gavel(['align', '--judge', JUDGE, '--workspace', ready.workspace]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^Aligning medication v1: 28 development items \(12 failures\), 12 sealed test items/,
      );
      expect(refused.stderr).toContain('pass --yes to run the search');
      expect(fake.requests.length).toBe(sent);
    },
    CLI_TIMEOUT,
  );

  it(
    'killed halfway, resumes with --resume and never pays twice for a prompt',
    async () => {
      const ready = await guidelineWorkspace(true);
      fake = ready.fake;
      const start = fake.requests.length;
      // The model answers the themes, the proposals and 20 judgments; then it holds every request
      // unanswered (unpaid) until the search's process is killed.
      const answered = start + 22;
      const held = new Set<number>();
      fake.setBehavior((_body, index) => {
        if (index < answered) return {};
        held.add(index);
        return { outcome: { kind: 'hang' } };
      });
      const env = { ...process.env, GAVEL_KEY_FAKE: 'sk-fake' };
      const child = spawnGavel([...SEARCH, ready.workspace], env);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const deadline = Date.now() + 60_000;
      // Killed once the 20 answered judgments are stored (beside v1's 40) and the model holds the rest.
      while ((held.size === 0 || doneJudgments(ready.workspace) < 60) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      child.kill('SIGKILL');
      await exited;
      expect(held.size).toBeGreaterThan(0);

      fake.setBehavior(() => ({}));
      const resumed = await gavel(['align', '--resume', '1', '--json', '--workspace', ready.workspace]);
      expect(resumed.stderr).toBe('');
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ status: 'done', promoted: true, candidates: 2 });

      const paid = new Map<string, number>();
      for (const request of fake.requests.slice(start).filter((r) => !held.has(r.index))) {
        const body = JSON.stringify(request.body);
        paid.set(body, (paid.get(body) ?? 0) + 1);
      }
      expect([...paid].filter(([, count]) => count > 1)).toEqual([]);
      // Themes and proposals once, each candidate on the 28 development items, the winner on the 12 sealed ones.
      expect(paid.size).toBe(2 + 2 * 28 + 12);
    },
    CLI_TIMEOUT,
  );

  it(
    'pauses (exit 3) before a run that would go over the budget, and goes on when resumed with a larger one',
    async () => {
      const ready = await guidelineWorkspace(true);
      fake = ready.fake;
      // The themes fit in $0.005 (estimated at most $0.0023); a candidate's 28 judgments are estimated above it.
      const args = ['--json', '--workspace', ready.workspace];
      const paused = await gavel(['align', '--judge', JUDGE, '--budget', '0.005', '--yes', ...args]);
      expect(paused.code).toBe(3);
      const out = JSON.parse(paused.stdout) as AlignJson;
      expect(out).toMatchObject({ status: 'paused', promoted: false, to_version: null, test: null });
      expect(out.message).toMatch(
        /^Budget reached: \$0\.\d{4} spent of \$0\.0050, and the next run \(Align #1 \(development\): medication v2\) would cost about \$0\.\d{4}\. Resume with `gavel align --resume 1 --budget <USD>`\.$/,
      );
      const judgeRequests = fake.requests.filter((r) => judgedKey(r) !== null).length;

      const resumed = await gavel(['align', '--resume', '1', '--budget', '1', ...args]);
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ status: 'done', promoted: true });
      // The paused search had sent no judgment; the resumed one sent exactly its runs' judgments.
      expect(fake.requests.filter((r) => judgedKey(r) !== null).length - judgeRequests).toBe(2 * 28 + 12);
    },
    CLI_TIMEOUT,
  );

  it(
    'exits 2 when a run ends with failed judgments, and goes on once they are retried and the search resumed',
    async () => {
      const ready = await guidelineWorkspace(true);
      fake = ready.fake;
      // Alignment's own two questions are answered; then the judge answers in words, not verdict JSON.
      const answered = fake.requests.length + 2;
      fake.setBehavior((_body, index) => (index < answered ? {} : { outcome: { kind: 'malformed-content' } }));
      const failed = await alignSearch(ready.workspace);
      expect(failed.code).toBe(2);
      const out = JSON.parse(failed.stdout) as AlignJson;
      expect(out).toMatchObject({ status: 'failed', promoted: false });
      const retry = /`gavel retry-errors (\d+)`, then `gavel align --resume 1`/.exec(out.message!);
      expect(retry).not.toBeNull();

      fake.setBehavior(() => ({}));
      expect((await gavel(['retry-errors', retry![1]!, '--workspace', ready.workspace])).code).toBe(0);
      const resumed = await gavel(['align', '--resume', '1', '--json', '--workspace', ready.workspace]);
      expect(resumed.code).toBe(0);
      expect(JSON.parse(resumed.stdout)).toMatchObject({ status: 'done', promoted: true });
    },
    CLI_TIMEOUT,
  );
});
