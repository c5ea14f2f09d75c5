// The Runs view never shows a green "Done" for a run that did not do its work: a judge needing a
// field the items lack is flagged before the start and refused, and a run whose every judgment failed
// shows as failed, with the first error's message and "Retry errors".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerConfig } from '../../electron/core/provider-registry';
import { DEFAULT_PARAMS, type JudgeSpec, type TemplateInfo } from '../../shared/judging';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { callApi, launch, openPage, serve, tempWorkspace, type Served } from './harness';

const KEY = 'sk-e2e-outcome-key';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({
    apiKey: KEY,
    behavior: () => ({ outcome: { kind: 'error', status: 400, message: 'The model gpt-x does not exist.' } }),
  });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
  await callApi(served, 'providers.save', {
    config: providerConfig('fake', 'openai-compatible', { baseUrl: fake.url }),
  });
  const templates = await callApi<TemplateInfo[]>(served, 'templates.list', {});
  for (const name of ['correctness', 'guideline_adherence']) {
    const spec: JudgeSpec = {
      ...templates.find((t) => t.name === name)!.spec,
      provider: 'fake',
      model: 'gpt-x',
      params: DEFAULT_PARAMS,
      fewshot: [],
    };
    await callApi(served, 'judges.save', { name, spec });
  }
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

describe('runs that did not do their work', () => {
  it('flags missing fields before the start, and shows a run with every judgment failed as failed', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-runs').click();
    await page.getByTestId('run-launch').click();
    await page
      .getByTestId('run-dataset')
      .selectOption({ label: 'Sample: Northwind Health benefits assistant (20 items)' });

    // The sample has no guidelines: the estimate names the gap, and starting is refused.
    const guidelines = page.locator('[data-testid="run-judges"] input[data-judge-name="guideline_adherence"]');
    await guidelines.check();
    const missing = page.getByTestId('run-missing-fields');
    await expect.poll(() => missing.textContent()).toContain('guideline_adherence needs guidelines, which 20');
    await page.getByTestId('run-start').click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('nothing was sent');
    expect(fake.requests).toHaveLength(0);

    // A judge every item can feed, on a model the server refuses: every judgment fails.
    await guidelines.uncheck();
    await page.locator('[data-testid="run-judges"] input[data-judge-name="correctness"]').check();
    await expect.poll(() => page.getByTestId('run-estimate').textContent()).toMatch(/20/);
    await page.getByTestId('run-start').click();
    const status = page.getByTestId('run-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 30_000 }).toBe('failed');
    expect(await status.textContent()).toBe('Failed');
    await expect.poll(() => page.getByTestId('run-first-error').textContent()).toContain('gpt-x does not exist');
    await page.getByTestId('run-retry-errors').waitFor();
    // The refused start is the API's 400 answer, which the browser logs; nothing else went wrong.
    expect(errors).toEqual([
      'console: Failed to load resource: the server responded with a status of 400 (Bad Request)',
    ]);
  });
});
