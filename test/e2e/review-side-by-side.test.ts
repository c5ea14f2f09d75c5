// Two candidate models answered the sample's first items and a pairwise judge compared them (set up
// through the API, against the fake OpenAI server); a reviewer, keyboard only, opens the first item,
// switches to side by side, reads both answers and the judge's verdict, prefers B with a rationale,
// and the preference is stored as an override of the pairwise verdict.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerConfig } from '../../electron/core/provider-registry';
import type { RunDetail, RunSummary } from '../../shared/contract';
import type { DatasetSummary, LabelView } from '../../shared/domain';
import { DEFAULT_PARAMS, type TemplateInfo } from '../../shared/judging';
import type { ItemResponses } from '../../shared/review';
import { fakeVerdict } from '../fakes/fake-verdict';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { callApi, enterReviewAs, launch, openPage, serve, type Served, tempWorkspace } from './harness';

const KEY = 'sk-e2e-fake-key';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  // Candidates answer in prose; the pairwise judge prefers model-a's answer in either position.
  fake = await startFakeOpenAI({
    apiKey: KEY,
    reply: (request) => {
      const body = request.body as { model: string; response_format?: { json_schema?: { schema: unknown } } };
      const schema = body.response_format?.json_schema?.schema;
      if (!schema) return `${body.model} says: **it depends** on your plan.`;
      const prompt = request.prompt ?? '';
      const label = /<data name="response_a">\s*model-a/.test(prompt) ? 'A' : 'B';
      return JSON.stringify({ ...fakeVerdict(prompt, schema), label });
    },
  });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

/** Calls the API as the page does (same token). */
const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);

async function judgeFrom(template: string, name: string): Promise<number> {
  const found = (await call<TemplateInfo[]>('templates.list', {})).find((t) => t.name === template)!;
  const spec = { ...found.spec, provider: 'fake', model: 'judge-model', params: DEFAULT_PARAMS, fewshot: [] };
  return (await call<{ version: { id: number } }>('judges.save', { name, spec })).version.id;
}

async function finished(runId: number): Promise<void> {
  await expect
    .poll(async () => (await call<RunDetail>('runs.get', { id: runId })).status, { timeout: 60_000, interval: 200 })
    .toBe('done');
}

/** model-a (run A) and model-b (run B) answer the first two items; the pairwise judge compares them. */
async function compareTwoModels(datasetId: number): Promise<void> {
  await call('providers.save', { config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }) });
  const relevance = await judgeFrom('relevance_to_query', 'relevance');
  const runs = await call<RunSummary[]>('runs.compareModels', {
    datasetId,
    judgeVersionIds: [relevance],
    selection: { kind: 'first', size: 2 },
    candidates: [
      { provider: 'fake', model: 'model-a' },
      { provider: 'fake', model: 'model-b' },
    ],
  });
  for (const run of runs) await finished(run.id);
  const pairwise = await judgeFrom('pairwise_preference', 'preference');
  const started = await call<RunSummary>('runs.startPairwise', {
    runA: runs[0]!.id,
    runB: runs[1]!.id,
    judgeVersionId: pairwise,
  });
  await finished(started.id);
}

describe('side-by-side review', () => {
  it('prefers B over the pairwise judge’s A with the keyboard, and stores it as an override', async () => {
    const [dataset] = await call<DatasetSummary[]>('datasets.list', {});
    await compareTwoModels(dataset!.id);

    const { page, errors } = await openPage(browser, served.url);
    await enterReviewAs(page, 'Dana');
    // The sample dataset, chosen with the keyboard: its first item opens.
    await page.getByTestId('review-dataset').focus();
    await page.keyboard.press('ArrowDown');
    const item = page.getByTestId('review-item');
    await expect.poll(() => item.getAttribute('data-key'), { timeout: 15_000 }).toBe('nw-001');
    await page.getByTestId('side-by-side-toggle').waitFor();
    // Leave the picker, so the desk's keys apply.
    await page.keyboard.press('Escape');

    await page.keyboard.press('?');
    expect(await page.getByTestId('cheatsheet').textContent()).toContain('prefer answer A, answer B, or call it a tie');
    await page.keyboard.press('Escape');
    await page.getByTestId('cheatsheet').waitFor({ state: 'detached' });

    await page.keyboard.press('p');
    const sideBySide = page.locator('[data-testid="side-by-side"][data-judge="preference"]');
    await sideBySide.waitFor();
    const answerA = sideBySide.locator('[data-testid="side-response"][data-side="A"]');
    const answerB = sideBySide.locator('[data-testid="side-response"][data-side="B"]');
    expect(await answerA.getByTestId('side-model').textContent()).toBe('model-a');
    expect(await answerB.getByTestId('side-model').textContent()).toBe('model-b');
    // Safe markdown, as everywhere: the answer's emphasis is rendered, not shown as asterisks.
    expect(await answerB.locator('strong').textContent()).toBe('it depends');
    const verdict = sideBySide.getByTestId('pair-preference');
    expect(await verdict.getByTestId('judgment-score').textContent()).toContain('A');
    expect(await verdict.getByTestId('judgment-justification').textContent()).toMatch(/Both orders agree/);

    await page.keyboard.press('b');
    const chosen = verdict.locator('[data-testid="verdict-value"][aria-pressed="true"]');
    await expect.poll(() => chosen.getAttribute('data-value')).toBe('B');
    await page.keyboard.press('r');
    await page.keyboard.type('B names the plan that applies; A does not.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');

    const saved = page.getByTestId('verdict-saved');
    await expect.poll(() => saved.getAttribute('data-judge')).toBe('preference');
    expect(await saved.getAttribute('data-key')).toBe('nw-001');
    // Saved, it opens the next item, still side by side.
    await expect.poll(() => item.getAttribute('data-key')).toBe('nw-002');
    await sideBySide.waitFor();

    const { id: itemId } = await call<{ id: number }>('items.find', { datasetId: dataset!.id, key: 'nw-001' });
    const { pairs } = await call<ItemResponses>('review.responses', { itemId });
    const history = await call<LabelView[]>('labels.history', { itemId });
    expect(history).toEqual([
      expect.objectContaining({
        judge: 'preference',
        reviewer: 'Dana',
        action: 'override',
        label: 'B',
        rationale: 'B names the plan that applies; A does not.',
        judgmentId: pairs[0]!.judgmentId,
      }),
    ]);
    expect(errors).toEqual([]);
  });
});
