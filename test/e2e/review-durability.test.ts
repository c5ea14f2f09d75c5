// Nothing entered is lost: labels shown as saved survive the server being killed with SIGKILL right
// after, and are there, with their history, when it starts again on the same workspace.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelPack } from '../../shared/review';
import { callApi, launch, openPage, serve, type Served, tempWorkspace } from './harness';

let browser: Browser;
let served: Served;
let restarted: Served | undefined;

beforeAll(async () => {
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await restarted?.stop();
});

describe('labels survive a kill', () => {
  it('keeps every label the page showed as saved when the server dies with SIGKILL', async () => {
    const { page } = await openPage(browser, served.url);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('reviewer-name').fill('Eve');
    await page.getByTestId('reviewer-save').click();
    await page.getByTestId('review-dataset').selectOption({ index: 1 });
    await page.getByTestId('review-item').waitFor();
    // Keys go to the desk, not to the dataset select that still has the focus.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const saved: string[] = [];
    for (let i = 0; i < 2; i++) {
      await page.keyboard.press('c');
      await expect.poll(() => page.getByTestId('verdict-saved').count()).toBe(1);
      const status = page.getByTestId('verdict-saved');
      saved.push(`${await status.getAttribute('data-key')}/${await status.getAttribute('data-judge')}`);
      await expect.poll(async () => saved.length === new Set(saved).size).toBe(true);
    }
    // Killed the moment the second save was shown: no shutdown, no checkpoint.
    served.process.kill('SIGKILL');
    await new Promise((resolve) => served.process.once('exit', resolve));

    restarted = await serve(served.workspace);
    const pack = await callApi<LabelPack>(restarted, 'labels.exportPack', { reviewer: 'Eve' });
    expect(pack.labels.map((label) => `${label.item}/${label.judge}`).sort()).toEqual([...saved].sort());
    expect(pack.labels.every((label) => label.action === 'confirm')).toBe(true);
  });
});
