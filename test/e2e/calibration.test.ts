// An ML engineer calibrates a judge: a judge on the fake OpenAI server has judged the sample dataset
// and a reviewer overrode some of its verdicts with rationales. In Chromium they open Calibration,
// pick the judge, open one confusion cell in the review queue (exactly its items), curate the few-shot
// set (remove one, reword one, save), export it for Databricks and read the downloaded file, then
// calibrate on another provider and model and see the agreement before and after.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationOverview, FewShotSetView } from '../../shared/calibration';
import type { ItemDetail } from '../../shared/domain';
import type { QueueRow } from '../../shared/review';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeVerdict } from '../fakes/fake-verdict';
import { callApi, enterReviewAs, launch, openPage, serve, type Served, tempWorkspace } from './harness';
import { fakeProvider, judgeSample } from './judged-sample';

const KEY = 'sk-e2e-fake-key';
const JUDGE = 'grounded-fake';
const REVIEWER = 'Dana';
/** The model the calibrated version runs on: it answers as the reviewer did, having read the examples. */
const CALIBRATED_MODEL = 'fake-judge';
/** The reviewer's verdicts on the items they overrode, by the item's response (what the prompt holds). */
const corrections = new Map<string, 'yes' | 'no'>();
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({
    apiKey: KEY,
    reply: (request) => {
      const body = request.body as { model?: string; response_format?: { json_schema?: { schema?: unknown } } };
      const corrected = [...corrections].find(([response]) => request.prompt?.includes(response));
      if (body.model === CALIBRATED_MODEL && corrected) {
        return JSON.stringify({ justification: 'As the examples taught.', verdict: corrected[1] });
      }
      return JSON.stringify(fakeVerdict(request.prompt ?? '', body.response_format?.json_schema?.schema));
    },
  });
  browser = await launch();
  served = await serve(tempWorkspace(), {
    defaultWorkspace: true,
    env: { GAVEL_KEY_FAKE: KEY, GAVEL_KEY_FAKE_TWO: KEY },
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

/** Calls the API as the page does (same token), to set the stage and check what was stored. */
const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);

/**
 * The stage: two providers on the fake server, a pass/fail judge made from the groundedness template
 * run on the sample dataset, and the reviewer's labels on 12 items: the first 6 overriding the judge
 * with a rationale, the next 6 confirming it. Returns the dataset's id.
 */
async function setStage(): Promise<number> {
  await call('providers.save', { config: fakeProvider('fake', fake.url) });
  await call('providers.save', { config: fakeProvider('fake-two', fake.url) });
  const datasetId = await judgeSample(call, JUDGE);

  const { rows } = await call<{ rows: QueueRow[] }>('review.queue', {
    datasetId,
    reviewer: REVIEWER,
    limit: 100,
  });
  const judged = rows.filter((row) => row.verdicts[JUDGE]?.pass != null).slice(0, 12);
  expect(judged).toHaveLength(12);
  for (const [at, row] of judged.entries()) {
    const judgePass = row.verdicts[JUDGE]!.pass!;
    const override = at < 6;
    const item = await call<ItemDetail>('items.get', { id: row.itemId });
    const judgment = item.judgments.find((candidate) => candidate.judge === JUDGE)!;
    if (override) corrections.set(item.response!, judgePass ? 'no' : 'yes');
    await call('labels.save', {
      itemId: row.itemId,
      judge: JUDGE,
      reviewer: REVIEWER,
      action: override ? 'override' : 'confirm',
      judgmentId: judgment.id,
      pass: override ? !judgePass : judgePass,
      rationale: override
        ? `The judge got ${row.key} wrong: the answer ${judgePass ? 'adds claims the context lacks' : 'is supported by the context'}.`
        : null,
    });
  }
  return datasetId;
}

/** The keys of the queue rows shown, once the queue has settled on `expected` of them. */
async function queueKeys(page: Page, expected: number): Promise<string[]> {
  const rows = page.getByTestId('queue-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(expected);
  return (await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key') ?? ''))).sort();
}

describe('calibration in the browser', () => {
  it('opens a confusion cell in review, curates and exports the few-shot set, and calibrates', async () => {
    const datasetId = await setStage();
    const { page, errors } = await openPage(browser, served.url);

    // The reviewer names themselves once, so the review desk can open straight on a cell's items.
    await enterReviewAs(page, REVIEWER);
    await page.getByTestId('review-dataset').waitFor();

    // Calibration: the judge, its agreement with the reviewer's labels.
    await page.getByTestId('nav-calibration').click();
    await page.getByTestId('calibration-judge').selectOption(JUDGE);
    const agreement = page.getByTestId('calibration-agreement');
    await expect
      .poll(() => agreement.getByTestId('agreement-n').textContent(), { timeout: 15_000 })
      .toMatch(/12 items/);
    expect(await agreement.locator('[data-metric="accuracy"] [data-testid="metric-value"]').textContent()).toBe('50%');
    // Trust: labels given outside any session are no random sample, so there is no estimate yet, and why.
    await expect
      .poll(() => page.getByTestId('trust-not-enough').textContent(), { timeout: 15_000 })
      .toContain(
        '0 usable expert labels; an estimate needs at least 2 labels of randomly sampled items (left out: 12 sampling unknown)',
      );

    // Arrow keys move between the cells that have items.
    const overview = await call<CalibrationOverview>('calibration.overview', { judge: JUDGE });
    // All four cells hold items here: round the grid with the arrows.
    expect(overview.passFail.every((c) => c.items.length > 0)).toBe(true);
    const focused = () =>
      page.evaluate(() => {
        const cell = document.activeElement as HTMLElement | null;
        return `judge ${cell?.dataset.judge}, humans ${cell?.dataset.human}`;
      });
    await page.locator('[data-testid="confusion-cell"][data-judge="pass"][data-human="pass"]').focus();
    for (const [key, lands] of [
      ['ArrowRight', 'judge fail, humans pass'],
      ['ArrowDown', 'judge fail, humans fail'],
      ['ArrowLeft', 'judge pass, humans fail'],
      ['ArrowUp', 'judge pass, humans pass'],
    ]) {
      await page.keyboard.press(key!);
      expect(await focused()).toBe(lands);
    }

    // A disagreeing cell opens exactly its items in the review queue, and says so.
    const cell = overview.passFail.find((c) => c.judge !== c.human && c.items.length > 0)!;
    const button = page.locator(
      `[data-testid="confusion-cell"][data-judge="${cell.judge}"][data-human="${cell.human}"]`,
    );
    expect(await button.getAttribute('data-count')).toBe(String(cell.items.length));
    expect(await button.getAttribute('aria-label')).toContain(`judge ${cell.judge}, humans ${cell.human}`);
    await button.click();
    await page.getByTestId('queue-items-filter').waitFor();
    expect(cell.items.every((item) => item.datasetId === datasetId)).toBe(true);
    expect(await queueKeys(page, cell.items.length)).toEqual(cell.items.map((item) => item.key).sort());
    // Clearing the filter gives the whole dataset back.
    await page.getByTestId('queue-items-clear').click();
    await page.getByTestId('queue-items-filter').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('queue-row').count()).toBe(20);

    // The few-shot set: Gavel's suggestions; remove the first, reword the new first, save.
    await page.getByTestId('nav-calibration').click();
    const builder = page.getByTestId('fewshot-builder');
    const examples = builder.getByTestId('fewshot-example');
    await expect.poll(() => examples.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    expect(await builder.getByTestId('fewshot-status').textContent()).toMatch(/[Ss]uggested/);
    const suggested = await examples.count();
    const removedId = Number(await examples.first().getAttribute('data-item-id'));
    await examples.first().getByTestId('fewshot-remove').click();
    await expect.poll(() => examples.count()).toBe(suggested - 1);
    const reworded = 'The context never states this figure: a grounded answer must not invent it.';
    await examples.first().getByTestId('fewshot-rationale').fill(reworded);
    await builder.getByTestId('fewshot-save').click();
    await expect.poll(() => builder.getByTestId('fewshot-status').textContent()).toMatch(/^Saved/);
    const saved = await call<FewShotSetView>('fewshot.get', { judge: JUDGE });
    expect(saved.suggested).toBe(false);
    expect(saved.examples).toHaveLength(suggested - 1);
    expect(saved.examples[0]!.justification).toBe(reworded);
    expect(saved.examples.map((example) => example.itemId)).not.toContain(removedId);
    // The prompt preview shows the set as the judge will read it: one assistant turn per example, as text.
    await builder.getByTestId('fewshot-preview').locator('summary').click();
    await builder.getByTestId('fewshot-preview-item').selectOption({ index: 1 });
    const answers = builder.locator('[data-testid="judge-preview-message"][data-role="assistant"]');
    await expect.poll(() => answers.count(), { timeout: 15_000 }).toBe(suggested - 1);
    expect(await answers.first().textContent()).toContain(reworded);

    // Export for Databricks (the sidebar's Export lands on the judge's export panel): the downloaded
    // file holds the saved set, the reworded rationale first.
    await page.getByTestId('nav-export').click();
    const inView = (panel: Element) => {
      const box = panel.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    };
    await expect.poll(() => page.getByTestId('export-panel').evaluate(inView)).toBe(true);
    await page.getByTestId('export-format').selectOption('databricks');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-build').click()]);
    const file = await download.path();
    const records = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>[];
    expect(records).toHaveLength(suggested - 1);
    expect(records[0]![`response/llm_judged/${JUDGE}/rationale`]).toBe(reworded);
    expect(await page.getByTestId('export-result').textContent()).toContain(`${suggested - 1} records`);

    // Calibrate on the second provider with another model; the result shows before and after.
    const before = fake.requests.length;
    await page.getByTestId('calibrate-provider').selectOption('fake-two');
    await page.getByTestId('calibrate-model').fill(CALIBRATED_MODEL);
    await page.getByTestId('calibrate-start').click();
    const result = page.getByTestId('calibration-result');
    await expect.poll(() => result.getAttribute('data-status'), { timeout: 60_000, interval: 200 }).toBe('done');
    const table = result.getByTestId('calibration-before-after');
    await expect.poll(() => table.locator('[data-metric="kappa"]').count()).toBe(1);
    const measured = 12 - (suggested - 1);
    const calls = fake.requests.slice(before).filter((request) => request.url.includes('/chat/completions'));
    expect(calls).toHaveLength(measured);
    expect(calls.every((request) => (request.body as { model: string }).model === CALIBRATED_MODEL)).toBe(true);
    // The measured items the reviewer overrode now agree: accuracy rises to 100%, and those verdicts changed.
    const overridden = 6 - (suggested - 1);
    const accuracy = table.locator('[data-metric="accuracy"]');
    expect(await accuracy.getByTestId('before-value').textContent()).toMatch(
      new RegExp(`^${Math.round((1000 * (measured - overridden)) / measured) / 10}%`),
    );
    expect(await accuracy.getByTestId('after-value').textContent()).toMatch(/^100%/);
    const changed = result.getByTestId('changed-verdict');
    expect(await changed.count()).toBe(overridden);
    // The new version joins the history, and the calibration the list.
    await expect.poll(() => page.getByTestId('versions-table').locator('tbody tr').count()).toBe(2);
    expect(await page.getByTestId('calibration-list').locator('tbody tr').count()).toBe(1);

    // A changed verdict opens that one item in review.
    const changedKey = (await changed.first().textContent())!;
    await changed.first().click();
    await page.getByTestId('queue-items-filter').waitFor();
    expect(await queueKeys(page, 1)).toEqual([changedKey]);
    expect(errors).toEqual([]);
  });
});
