// The review desk for newcomers and fast hands, at 1280×800 and 1920×1080: the keyboard brings the
// third judge's card into view; `u` undoes the label saved on the first judge after the desk moved to
// the second, and says so; a judge with two versions shows "v2 of 2" and switches to v1's verdict,
// and a label saved there records v1; in a blind session the verdict is in no part of the page until
// the reviewer has rated.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunDetail } from '../../shared/contract';
import type { ItemDetail, LabelView } from '../../shared/domain';
import type { TemplateInfo } from '../../shared/judging';
import type { SessionView } from '../../shared/review';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { callApi, enterReviewAs, launch, openPage, serve, type Served, tempWorkspace } from './harness';

const KEY = 'sk-e2e-fake-key';
/** Sorted after the sample's three judges (chunk_relevance, correctness, groundedness): the fourth card. */
const VERSIONED = 'tone';
const VERDICTS: Record<string, { verdict: 'yes' | 'no'; justification: string }> = {
  'model-one': { verdict: 'yes', justification: 'Version one finds it grounded.' },
  'model-two': { verdict: 'no', justification: 'Version two finds it ungrounded.' },
};

let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;
let datasetId: number;

const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);

/** Saves a version of the judge on `model` and runs it on the sample dataset to the end. */
async function runVersion(template: TemplateInfo, model: string): Promise<void> {
  const { version } = await call<{ version: { id: number; version: number } }>('judges.save', {
    name: VERSIONED,
    spec: {
      ...template.spec,
      provider: 'fake',
      model,
      params: { temperature: 0, maxTokens: 512, topP: null, logprobs: false },
      fewshot: [],
    },
  });
  const run = await call<{ id: number }>('runs.start', { datasetId, judgeVersionIds: [version.id] });
  // Set up before the tests (expect.poll belongs inside one): wait for the run to end, then check it.
  let status = '';
  for (let waited = 0; waited < 60_000 && !['done', 'failed', 'cancelled', 'paused'].includes(status); waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    status = (await call<RunDetail>('runs.get', { id: run.id })).status;
  }
  if (status !== 'done') throw new Error(`The run of ${model} ended ${status}, not done.`);
}

beforeAll(async () => {
  fake = await startFakeOpenAI({
    apiKey: KEY,
    reply: (request) => JSON.stringify(VERDICTS[(request.body as { model?: string }).model ?? ''] ?? {}),
  });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
  await call('providers.save', {
    config: {
      id: 'fake',
      kind: 'openai-compatible',
      baseUrl: fake.url,
      azure: null,
      region: null,
      profile: null,
      endpoint: null,
      limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 30_000, maxRetries: 0 },
    },
  });
  datasetId = (await call<{ id: number }[]>('datasets.list', {}))[0]!.id;
  // As Calibrate does: a second version of the judge, run on the same items.
  const template = (await call<TemplateInfo[]>('templates.list', {})).find((t) => t.name === 'groundedness')!;
  await runVersion(template, 'model-one');
  await runVersion(template, 'model-two');
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

const card = (page: Page, judge: string) => page.locator(`[data-testid="review-verdict"][data-judge="${judge}"]`);
const focusedJudge = (page: Page) =>
  page.locator('[data-testid="review-verdict"][aria-current="true"]').getAttribute('data-judge');

/** Opens the desk on the sample dataset as `reviewer`, in a window of the given size. */
async function openDesk(reviewer: string, viewport: { width: number; height: number }) {
  const opened = await openPage(browser, served.url);
  await opened.page.setViewportSize(viewport);
  await enterReviewAs(opened.page, reviewer);
  await opened.page.getByTestId('review-dataset').selectOption(String(datasetId));
  await opened.page.getByTestId('review-item').waitFor();
  await opened.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  return opened;
}

/** The id of the item the desk shows, found by its key in the reviewer's queue. */
async function shownItemId(page: Page, reviewer: string, sessionId?: number): Promise<number> {
  const key = await page.getByTestId('review-item').getAttribute('data-key');
  const { rows } = await call<{ rows: { itemId: number; key: string }[] }>('review.queue', {
    datasetId,
    reviewer,
    sessionId,
  });
  return rows.find((row) => row.key === key)!.itemId;
}

const myLabels = async (itemId: number, reviewer: string) =>
  (await call<LabelView[]>('labels.history', { itemId })).filter((label) => label.reviewer === reviewer);

describe.each([
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])('the review desk at $width×$height', (viewport) => {
  const reviewer = `Dana ${viewport.width}`;

  it('undoes the label on judge 1 from judge 2, says so, and keeps the third card in view', async () => {
    const { page, errors } = await openDesk(reviewer, viewport);
    const itemId = await shownItemId(page, reviewer);
    expect(await focusedJudge(page)).toBe('chunk_relevance');

    // c confirms judge 1 and the desk moves on to judge 2.
    await page.keyboard.press('c');
    await expect.poll(() => focusedJudge(page)).toBe('correctness');
    await expect.poll(async () => (await myLabels(itemId, reviewer)).length).toBe(1);

    await page.keyboard.press('u');
    const status = page.getByTestId('undo-status');
    await expect.poll(() => status.textContent()).toMatch(/^Undid your confirmation of chunk_relevance/);
    const labels = await myLabels(itemId, reviewer);
    expect(labels.map((label) => [label.judge, label.action])).toEqual([
      ['chunk_relevance', 'confirm'],
      ['chunk_relevance', 'retract'],
    ]);

    // Tab twice from judge 1: the third card, scrolled into the window.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedJudge(page)).toBe('groundedness');
    await expect
      .poll(async () => {
        const box = (await card(page, 'groundedness').boundingBox())!;
        return box.y >= 0 && box.y + Math.min(box.height, viewport.height) <= viewport.height;
      })
      .toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows which version’s verdict it shows, switches to v1, and labels the version shown', async () => {
    const { page, errors } = await openDesk(`${reviewer} versions`, viewport);
    const tone = card(page, VERSIONED);
    const version = tone.getByTestId('verdict-version');
    expect(await version.textContent()).toContain('Showing v2 of 2');
    expect(await tone.getByTestId('judgment-justification').textContent()).toContain(
      VERDICTS['model-two']!.justification,
    );

    await tone.getByTestId('verdict-version-select').selectOption('1');
    await expect.poll(() => version.getAttribute('data-version')).toBe('1');
    expect(await version.textContent()).toContain('Showing v1 of 2');
    expect(await tone.getByTestId('judgment-justification').textContent()).toContain(
      VERDICTS['model-one']!.justification,
    );

    // The keyboard goes back round: `v` on the focused judge shows v2 again, then v1.
    await tone.getByTestId('verdict-confirm').focus();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => focusedJudge(page)).toBe(VERSIONED);
    await page.keyboard.press('v');
    await expect.poll(() => version.getAttribute('data-version')).toBe('2');
    await page.keyboard.press('v');
    await expect.poll(() => version.getAttribute('data-version')).toBe('1');

    const itemId = await shownItemId(page, `${reviewer} versions`);
    await tone.getByTestId('verdict-confirm').click();
    await expect.poll(() => page.getByTestId('verdict-saved').getAttribute('data-judge')).toBe(VERSIONED);
    const [saved] = await myLabels(itemId, `${reviewer} versions`);
    expect(saved).toMatchObject({ judge: VERSIONED, action: 'confirm', judgeVersion: 1, pass: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a blind session', () => {
  it('puts no verdict in the page until the reviewer has rated, then reads it from the server', async () => {
    const session = await call<SessionView>('sessions.create', {
      name: 'Blind correctness',
      datasetId,
      judges: ['correctness'],
      selection: { kind: 'sample', size: 2, seed: 1 },
      blind: true,
      requireRationale: false,
    });
    const { page, errors } = await openDesk('Blind Bea', { width: 1280, height: 800 });
    // Everything the server tells the page, to show the verdict was never sent, not merely not drawn.
    const answers: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/call/')) answers.push(response.text());
    });
    const { rows } = await call<{ rows: { itemId: number; key: string }[] }>('review.queue', {
      datasetId,
      reviewer: 'Blind Bea',
      sessionId: session.id,
    });
    await page.getByTestId('review-session').selectOption(String(session.id));
    await expect.poll(() => page.getByTestId('review-item').getAttribute('data-key')).toBe(rows[0]!.key);
    const verdict = card(page, 'correctness');
    await expect.poll(() => verdict.getAttribute('data-hidden')).toBe('true');
    // The owner, naming no reviewer, reads the verdict the page must not have.
    const item = await call<ItemDetail>('items.get', { id: rows[0]!.itemId });
    const justification = item.judgments.find((j) => j.judge === 'correctness')!.justification!;
    expect(justification.length).toBeGreaterThan(20);
    const pageText = () => page.evaluate(() => document.body.textContent ?? '');
    expect(await pageText()).not.toContain(justification);
    const sent = await Promise.all(answers);
    expect(sent.some((body) => body.includes(`"key":"${rows[0]!.key}"`))).toBe(true);
    expect(sent.filter((body) => body.includes(justification))).toEqual([]);

    await page.keyboard.press('y');
    await page.keyboard.press('Enter');
    await expect.poll(() => verdict.getAttribute('data-hidden')).toBe('false');
    expect(await verdict.getByTestId('judgment-justification').textContent()).toContain(justification);
    expect(errors).toEqual([]);
  });
});
