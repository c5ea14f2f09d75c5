// A user connects an OpenAI-compatible provider (the fake server), creates a judge from a template,
// runs it on the sample dataset, watches the progress bar, and reads the verdicts per item.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { launch, openPage, serve, tempWorkspace, type Served } from './harness';

const KEY = 'sk-e2e-fake-key';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY, behavior: () => ({ latencyMs: 120 }) });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

describe('judging in the browser', () => {
  it('configures a provider, creates a judge from a template, runs it and shows the verdicts', async () => {
    const { page, errors } = await openPage(browser, served.url);

    // Settings > Providers: an OpenAI-compatible server (the fake), key from GAVEL_KEY_FAKE.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('provider-add').click();
    await page.getByTestId('provider-id').fill('fake');
    await page.getByTestId('provider-kind').selectOption('openai-compatible');
    await page.getByTestId('provider-base-url').fill(fake.url);
    await page.getByTestId('provider-concurrency').fill('2');
    await page.getByTestId('provider-save').click();
    const row = page.locator('[data-testid="provider-row"][data-provider-id="fake"]');
    await row.waitFor();
    await row.getByTestId('provider-test').click();
    await expect.poll(() => row.getByTestId('provider-test-result').textContent()).toMatch(/gpt-4o-mini/);

    // Judges: from the groundedness template, pointed at the fake, with the exact prompt previewed.
    await page.getByTestId('nav-judges').click();
    const card = page.locator('[data-testid="template-card"][data-template="groundedness"]');
    await card.getByTestId('template-use').click();
    await page.getByTestId('judge-editor').waitFor();
    await page.getByTestId('judge-name').fill('groundedness-fake');
    await page.getByTestId('judge-provider').selectOption('fake');
    await page.getByTestId('judge-model').fill('gpt-4o-mini');
    const user = page.locator('[data-testid="judge-preview-message"][data-role="user"]').first();
    await expect.poll(() => user.textContent(), { timeout: 10_000 }).toMatch(/<data name="response">/);
    await page.getByTestId('judge-save').click();
    await expect.poll(() => page.getByTestId('judge-save-result').textContent()).toMatch(/[Vv]ersion 1/);

    // Runs: launch on the sample dataset with an estimate, watch the progress bar fill.
    await page.getByTestId('nav-runs').click();
    await page.getByTestId('run-launch').click();
    await page
      .getByTestId('run-dataset')
      .selectOption({ label: 'Sample: Northwind Health benefits assistant (20 items)' });
    await page.locator('[data-testid="run-judges"] input[data-judge-name="groundedness-fake"]').check();
    await expect.poll(() => page.getByTestId('run-estimate').textContent()).toMatch(/20/);
    await page.getByTestId('run-start').click();
    const progress = page.getByTestId('run-progress');
    await progress.waitFor();
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await progress.getAttribute('value')) ?? '');
          return page.getByTestId('run-status').getAttribute('data-status');
        },
        { timeout: 30_000, interval: 100 },
      )
      .toBe('done');
    // The bar moved through intermediate values, not straight from empty to full.
    expect([...seen].filter((v) => v !== '0' && v !== '20' && v !== '').length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="run-aggregate"][data-judge="groundedness-fake"]').count()).toBe(1);
    expect(fake.requests.filter((r) => r.url.includes('/chat/completions'))).toHaveLength(20);

    // The dataset shows the new verdicts per item, and the item detail their justification.
    await page.getByTestId('nav-datasets').click();
    await page.locator('[data-testid="dataset-row"]').first().click();
    const firstRow = page.locator('[data-testid="item-row"][data-key="nw-001"]');
    await firstRow.waitFor();
    expect(
      await firstRow.locator('[data-testid="verdict-cell"][data-judge="groundedness-fake"]').textContent(),
    ).toMatch(/✓|✗|yes|no/);
    await firstRow.click();
    const judgment = page.locator('[data-testid="detail-judgment"][data-judge="groundedness-fake"]');
    await judgment.waitFor();
    expect(await judgment.getByTestId('judgment-justification').textContent()).toContain('Fake judge verdict');
    expect(errors).toEqual([]);
  });
});
