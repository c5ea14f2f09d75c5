// Keys stay home, in browser mode: a provider pointed at a server the environment's OPENAI_API_KEY
// was never entered for gets no key; Settings says to enter it, and once the owner types the same key
// again it is confirmed for that address and the test connects.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerConfig } from '../../electron/core/provider-registry';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { callApi, launch, openPage, serve, tempWorkspace, type Served } from './harness';

const KEY = 'sk-e2e-home-key-0123456789';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY });
  browser = await launch();
  served = await serve(tempWorkspace(), { env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: '' } });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

describe('a key entered for another endpoint', () => {
  it('is sent nowhere new until the owner enters it again in Settings', async () => {
    const config = providerConfig('fake', 'openai-compatible', { baseUrl: fake.url });
    await callApi(served, 'providers.save', { config });
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-settings').click();
    const row = page.locator('[data-testid="provider-row"][data-provider-id="fake"]');
    await expect
      .poll(() => row.getByTestId('provider-key-status').textContent())
      .toBe('Enter the key for this endpoint');

    await row.getByTestId('provider-test').click();
    await expect.poll(() => row.getByTestId('provider-test-result').textContent()).toMatch(/No key was sent to/);
    expect(fake.requests).toHaveLength(0);

    await row.getByTestId('provider-edit').click();
    await page.getByTestId('provider-key-input').fill(KEY);
    await page.getByTestId('provider-key-save').click();
    await expect
      .poll(() => row.getByTestId('provider-key-status').textContent())
      .toMatch(/^Key from environment \(sk-…6789\)$/);

    await row.getByTestId('provider-test').click();
    await expect.poll(() => row.getByTestId('provider-test-result').textContent()).toMatch(/gpt-4o-mini/);
    expect(fake.requests.every((request) => request.hasAuthorization)).toBe(true);
    expect(await page.content()).not.toContain(KEY);
    expect(errors).toEqual([]);
  });
});
