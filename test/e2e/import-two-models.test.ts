// A file with two models' answers (`response` and `response_b` columns), imported through the wizard
// in a real browser: the second answer column is detected and previewed, and the review desk's `p`
// shows both answers side by side, read-only until a pairwise judge compares them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterReviewAs, fixture, launch, openPage, serve, type Served } from './harness';

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launch();
  served = await serve();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('importing two models’ answers (browser mode, Chromium)', () => {
  it('detects response_b, previews both answers, and shows them side by side in review', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(fixture('two-models.csv'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-mapping-response').inputValue()).toBe('response');
    expect(await page.getByTestId('import-mapping-response_b').inputValue()).toBe('response_b');
    expect(await page.getByTestId('import-preview-answer-model').allTextContents()).toEqual([
      'Answer · response',
      'Answer · response_b',
    ]);
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/Model answers\s*7/);
    await page.getByTestId('import-open-dataset').click();

    await enterReviewAs(page, 'Dana');
    await page.getByTestId('review-dataset').focus();
    await page.keyboard.press('ArrowDown');
    const item = page.getByTestId('review-item');
    await expect.poll(() => item.getAttribute('data-key'), { timeout: 15_000 }).toBe('q1');
    // No pairwise verdict yet, but two answers: the desk offers side by side.
    await page.getByTestId('side-by-side-toggle').waitFor();
    // Leave the picker first, so the desk's keys apply.
    await page.keyboard.press('Escape');
    await page.keyboard.press('p');

    const sideBySide = page.getByTestId('side-by-side');
    await sideBySide.waitFor();
    expect(await sideBySide.getByTestId('side-model').allTextContents()).toEqual(['response', 'response_b']);
    expect(await sideBySide.locator('[data-testid="side-response"][data-side="B"]').textContent()).toContain(
      'MLflow is a database.',
    );
    expect(await sideBySide.getByTestId('side-by-side-unjudged').textContent()).toMatch(/run a pairwise judge/);
    expect(errors).toEqual([]);
  });
});
