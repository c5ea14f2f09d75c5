// Auditing a judge: the bundled CLI and the core, with the real openai SDK against the fake OpenAI
// server scripted to waver on some items (yes/no judge) and to prefer whichever response it is shown
// first (pairwise judge), and a scale judge with experts' labels. Reference numbers come from test/reference/audit_reference.py (statsmodels
// 0.13.5 fleiss_kappa and proportion_confint(method='wilson'), SciPy spearmanr) on the same verdicts.
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditOutcome, StoredAudit } from '../../shared/audit';
import type { RunSummary } from '../../shared/contract';
import type { DatasetSummary } from '../../shared/domain';
import { providerConfig } from '../../electron/core/provider-registry';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { candidateRuns } from '../helpers/candidate-runs';
import { fakeRunArgs, importedItems } from '../helpers/cli-runs';
import { gavel } from '../helpers/gavel-cli';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { memoryKeys, tempCore, value } from '../helpers/temp-workspace';
import { judgeFromTemplate } from '../helpers/template-judge';

const close = (actual: number | null | undefined, expected: number) =>
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-12);

let fake: FakeOpenAIServer | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** Lengths of the answers vary (with ties): "A<i>." and `PADS[i]` four-character pads. */
const PADS = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
/** Items whose verdict flips from one request to the next; the others always get the same one. */
const WAVERING = new Set([2, 5]);

/**
 * A yes/no judge that passes even items; on wavering items each later request answers the other way
 * than the one before (the 1st, 3rd… requests give the even/odd answer, the 2nd, 4th… the opposite).
 */
async function waveringJudge() {
  const asked = new Map<number, number>();
  const server = await startFakeOpenAI({
    reply: (request) => {
      const item = Number(/Q(\d+)\?/.exec(request.prompt ?? '')?.[1]);
      const count = (asked.get(item) ?? 0) + 1;
      asked.set(item, count);
      const usual = item % 2 === 0;
      const pass = WAVERING.has(item) && count % 2 === 0 ? !usual : usual;
      return JSON.stringify({ justification: 'Scripted.', verdict: pass ? 'yes' : 'no' });
    },
  });
  fake = server;
  return { server, asked };
}

describe('gavel audit', () => {
  it('prices first, sends nothing without --yes, then judges each sampled item K times past the cache', async () => {
    const { server, asked } = await waveringJudge();
    const env = { GAVEL_KEY_FAKE: 'sk-fake' };
    const workspace = await importedItems(10, env, (i) => ({
      question: `Q${i}?`,
      answer: `A${i}.${' pad'.repeat(PADS[i]!)}`,
    }));
    const ran = await gavel(fakeRunArgs(workspace, server.url), env);
    expect(ran.code, ran.stderr).toBe(0);
    expect(server.requests).toHaveLength(10);

    const audit = [
      'audit',
      ...fakeRunArgs(workspace, server.url).slice(1),
      '--repeats',
      '3',
      '--sample',
      '10',
      '--seed',
      '7',
    ];
    // Not a terminal and no --yes: the estimate, a refusal, exit 1, nothing sent.
    const refused = await gavel(audit, env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/nothing was sent.*--yes to send these 30 requests/);
    const { estimate } = JSON.parse(refused.stdout) as AuditOutcome;
    expect(estimate).toMatchObject({ judge: 'relevance_to_query', version: 1, sample: 10, repeats: 3, requests: 30 });
    expect(estimate.cost).toBeGreaterThan(0);
    const dry = await gavel([...audit, '--dry-run', '--yes'], env);
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toEqual({ estimate });
    expect(server.requests).toHaveLength(10);

    const done = await gavel([...audit, '--yes'], env);
    expect(done.code, done.stderr).toBe(0);
    // The run's replies are in the response cache, yet every repeat reached the server.
    expect(server.requests).toHaveLength(40);
    expect([...asked.values()]).toEqual(Array.from({ length: 10 }, () => 4));

    const found = JSON.parse(done.stdout) as StoredAudit;
    expect(found).toMatchObject({
      judge: 'relevance_to_query',
      version: 1,
      dataset: 'items',
      sample: 10,
      repeats: 3,
      position: null,
      length: { judge: { n: 10 }, experts: null },
      failed: 0,
    });
    expect(found.consistency.unanimous.value).toBe(0.8);
    close(found.consistency.unanimous.ci?.[0], 0.49016247153664183);
    close(found.consistency.unanimous.ci?.[1], 0.9433178485456247);
    close(found.consistency.fleiss_kappa, 0.7333333333333332);
    close(found.length.judge.rho, 0.07027283689263066);
    expect(found.cost).toBeGreaterThan(0);

    const text = await gavel([...audit.filter((arg) => arg !== '--json'), '--yes'], env);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('8 of 10 items got the same verdict all 3 times (95% interval 49%–94%)');
    expect(text.stdout).toContain("Fleiss' κ 0.73");
  });

  it('refuses what it cannot audit, with exit 1 and the reason', async () => {
    const { server } = await waveringJudge();
    const env = { GAVEL_KEY_FAKE: 'sk-fake' };
    const workspace = await importedItems(4, env, (i) => ({ question: `Q${i}?`, answer: `A${i}.` }));
    expect((await gavel(fakeRunArgs(workspace, server.url), env)).code).toBe(0);
    const heuristic = ['--dataset', 'items', '--judge', 'flesch_kincaid_grade', '--provider', 'heuristic'];
    expect((await gavel(['run', ...heuristic, '--workspace', workspace], env)).code).toBe(0);
    const sent = server.requests.length;
    const audit = (args: string[], { repeats = '2', sample = '2' } = {}) =>
      gavel(['audit', ...args, '--repeats', repeats, '--sample', sample, '--yes', '--workspace', workspace], env);

    const deterministic = await audit(heuristic);
    expect(deterministic.code).toBe(1);
    expect(deterministic.stderr).toMatch(/heuristic scorer: it is deterministic.*nothing to audit/);

    const llm = fakeRunArgs(workspace, server.url).slice(1, -3);
    const tooMany = await audit(llm, { sample: '5' });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('A sample of 5 items is more than the 4 items relevance_to_query v1 judged');

    const once = await audit(llm, { repeats: '1' });
    expect(once.code).toBe(1);
    expect(once.stderr).toContain('--repeats 1: an audit compares repeats of each verdict, so it needs at least 2');

    const another = await audit(llm.map((arg) => (arg === 'gpt-4o-mini' ? 'gpt-4o' : arg)));
    expect(another.code).toBe(1);
    expect(another.stderr).toContain('relevance_to_query v1 judges with gpt-4o-mini, not gpt-4o');
    expect(server.requests).toHaveLength(sent);
  });
});

describe('trust.audit on a pairwise judge', () => {
  it('counts the verdicts that flip when A and B swap, and keeps the latest audit', async () => {
    /** Model b's answers to even-numbered requests are clearly better; otherwise the judge picks the first shown. */
    const better = new Set<string>();
    const server = await startFakeOpenAI({
      reply: (request) => {
        const body = request.body as { model: string; response_format?: unknown };
        const prompt = request.prompt ?? '';
        if (!body.response_format) {
          const best = body.model === 'model-b' && prompt.length % 2 === 0;
          if (best) better.add(prompt);
          return `${body.model} says${best ? ' BEST' : ''}: it depends.`;
        }
        const first = /<data name="response_a">\n([^]*?)\n<\/data>/.exec(prompt)?.[1] ?? '';
        const second = /<data name="response_b">\n([^]*?)\n<\/data>/.exec(prompt)?.[1] ?? '';
        const label = second.includes('BEST') && !first.includes('BEST') ? 'B' : 'A';
        return JSON.stringify({ justification: 'Scripted.', label });
      },
    });
    fake = server;
    const core = await tempCore({ seedSample: true, keys: memoryKeys({ fake: 'sk-x' }) });
    value(
      await core.call('providers.save', {
        config: providerConfig('fake', 'openai-compatible', { baseUrl: server.url }),
      }),
    );
    const [dataset] = value(await core.call('datasets.list', {})) as DatasetSummary[];
    const [a, b] = await candidateRuns(core, dataset!.id, 6);
    const pairwise = await judgeFromTemplate(core, 'pairwise_preference');
    const started = value(
      await core.call('runs.startPairwise', { runA: a.id, runB: b.id, judgeVersionId: pairwise }),
    ) as RunSummary;
    expect(await core.runner.wait(started.id)).toMatchObject({ status: 'done', done: 6 });
    const sent = server.requests.length;

    const query = { judge: 'pairwise_preference', datasetId: dataset!.id, repeats: 2, sample: 6, seed: 3 };
    const { estimate, audit } = value(await core.call('trust.audit', query)) as AuditOutcome;
    // Each repeat asks both orders: 6 items × 2 repeats × 2 orders.
    expect(estimate.requests).toBe(24);
    expect(server.requests.length - sent).toBe(24);
    // Where neither answer is clearly better, the judge picks the one shown first: it flips every time.
    const steady = better.size;
    expect(steady).toBeGreaterThan(0);
    expect(steady).toBeLessThan(6);
    expect(audit!.position!.pairs).toBe(12);
    expect(audit!.position!.flipped.value).toBeCloseTo((6 - steady) / 6, 12);
    // Flipped pairs roll up to a tie every time, steady ones to B: each item is unanimous.
    expect(audit!.consistency).toMatchObject({ unanimous: { value: 1 }, fleiss_kappa: 1, items: 6 });
    expect(audit!.length.judge.n).toBe(6);

    const latest = value(
      await core.call('trust.latestAudit', { judge: 'pairwise_preference', datasetId: dataset!.id }),
    ) as StoredAudit;
    expect(latest).toMatchObject({ ...audit, id: expect.any(Number), createdAt: expect.any(String) });
    await core.close();
  });
});

describe('trust.audit on a scale judge', () => {
  it("ranks length against the judge's scores and the experts' labels, reporting progress and leaving the cache alone", async () => {
    const keys = ['a', 'bb', 'cc', 'ddd', 'eeee', 'ff', 'ggggg', 'hhh'];
    const scores = [1, 3, 2, 4, 5, 2, 5, 3];
    const desk = await scriptedWorkspace(keys);
    const judge = {
      name: 'helpful',
      outputType: { kind: 'scale' as const, min: 1, max: 5, passThreshold: 3 },
      greaterIsBetter: true,
    };
    await desk.judge(judge, new Map(keys.map((key, i) => [key, scores[i]!])));
    const experts = new Map([
      ['a', 2],
      ['bb', 2],
      ['ddd', 3],
      ['eeee', 5],
      ['ggggg', 4],
    ]);
    for (const [key, score] of experts) {
      value(
        await desk.core.call('labels.save', {
          itemId: desk.itemIds.get(key)!,
          judgmentId: (await desk.judgmentOf(key, judge.name)).id,
          judge: judge.name,
          reviewer: 'ana',
          action: score === scores[keys.indexOf(key)] ? 'confirm' : 'override',
          score,
          pass: score >= 3,
          requireRationale: false,
        }),
      );
    }
    const cacheRows = () =>
      (desk.core.workspace.reader.prepare('SELECT count(*) AS n FROM response_cache').get() as { n: number }).n;
    const cachedBefore = cacheRows();
    const progress: number[] = [];
    desk.core.subscribe((event) => {
      if (event.type === 'audit.progress') progress.push(event.done);
    });

    const { audit } = value(
      await desk.core.call('trust.audit', { judge: judge.name, datasetId: desk.datasetId, repeats: 2, sample: 8 }),
    ) as AuditOutcome;
    expect(audit).toMatchObject({
      sample: 8,
      repeats: 2,
      position: null,
      consistency: { unanimous: { value: 1 }, fleiss_kappa: 1, items: 8 },
      length: { judge: { n: 8 }, experts: { n: 5 } },
    });
    close(audit!.length.judge.rho, 0.9438237391101645);
    close(audit!.length.experts!.rho, 0.8720815992723809);
    expect(progress.sort((x, y) => x - y)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // The audit stored nothing in the cache and deleted nothing from it: its rows are the run's.
    expect(cacheRows()).toBe(cachedBefore);
  });
});
