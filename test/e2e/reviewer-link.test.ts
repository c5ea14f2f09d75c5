// A reviewer's link in a real browser: the address loses its secret, the page says who you are,
// offers only what a reviewer may do, and a label is stored under the link's reviewer.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelPack } from '../../shared/review';
import { callApi, launch, openPage, serve, type Served, tempWorkspace } from './harness';

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, args: ['--reviewers', 'ana'] });
  await callApi(served, 'sessions.create', {
    name: 'Round 1',
    datasetId: 1,
    judges: ['correctness'],
    reviewers: ['ana'],
  });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('reviewer link', () => {
  it('signs ana in, hides the owner-only sections, and saves her label as ana', async () => {
    const link = served.reviewers.find((entry) => entry.reviewer === 'ana')!.url;
    expect(link).toMatch(/\/\?token=[A-Za-z0-9_-]{32}$/);
    const { page, errors } = await openPage(browser, link);

    expect(page.url()).toBe(`${new URL(link).origin}/`);
    await expect.poll(() => page.getByTestId('access-identity').textContent()).toBe('You are ana — reviewer');
    for (const ownerOnly of ['judges', 'runs', 'calibration', 'export', 'settings']) {
      expect(await page.getByTestId(`nav-${ownerOnly}`).count()).toBe(0);
    }
    expect(await page.getByTestId('nav-review').count()).toBe(1);
    // No "who are you" step: the link is ana's.
    expect(await page.getByTestId('reviewer-setup').count()).toBe(0);

    await page.getByTestId('review-dataset').selectOption({ index: 1 });
    await page.getByTestId('review-item').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('c');
    await expect.poll(() => page.getByTestId('verdict-saved').count()).toBe(1);

    const pack = await callApi<LabelPack>(served, 'labels.exportPack', {});
    expect(pack.labels.map((label) => label.reviewer)).toEqual(['ana']);
    expect(errors).toEqual([]);
  });

  it("the owner invites ben from Sessions, and ben's link signs him in as a reviewer", async () => {
    const { page } = await openPage(browser, served.url);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('reviewer-name').fill('Olga');
    await page.getByTestId('reviewer-save').click();
    await page.getByTestId('review-sessions-tab').click();
    await page.getByTestId('session-invite').first().click();
    await page.getByTestId('invite-name').fill('ben');
    await page.getByTestId('invite-submit').click();
    const link = (await page.getByTestId('invitation-link').textContent())!;
    expect(link).toMatch(new RegExp(`^${new URL(served.url).origin}/\\?token=[A-Za-z0-9_-]{32}$`));
    await expect.poll(() => page.locator('[data-testid="reviewer-link"][data-reviewer="ben"]').count()).toBe(1);

    const ben = await openPage(browser, link);
    await expect.poll(() => ben.page.getByTestId('access-identity').textContent()).toBe('You are ben — reviewer');
    expect(await ben.page.getByTestId('session-invite').count()).toBe(0);
    expect(ben.errors).toEqual([]);
  });

  it('a browser that never opened a link is told to open it', async () => {
    const { page } = await openPage(browser, new URL(served.url).origin);
    await page.getByTestId('signed-out').waitFor();
    expect(await page.getByTestId('signed-out').textContent()).toMatch(/Open that link in this browser/);
  });
});
