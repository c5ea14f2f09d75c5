// The justification audit in the browser: `a` marks what a judge's justification quotes in the item
// (as plain text), lists each quote with where it was found, and warns about a quote that appears
// nowhere; `a` again takes the marks away.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, serve, tempWorkspace, type Served } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const workspace = tempWorkspace();
  const file = path.join(path.dirname(workspace), 'eval_results_table.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      columns: ['inputs', 'ground_truth', 'outputs', 'correctness/v1/score', 'correctness/v1/justification'],
      data: [
        [
          'What is the deductible on the Silver plan?',
          'The Silver plan deductible is $1,500 per person.',
          'The deductible is $1,500 per person, after which the plan pays 80% of covered costs.',
          2,
          'The response says "the plan pays 80% of covered costs" and claims "dental is fully covered", which the reference does not support.',
        ],
      ],
    }),
  );
  await promisify(execFile)(
    process.execPath,
    ['out/main/cli.js', 'import', file, '--format', 'mlflow', '--workspace', workspace],
    { cwd: root },
  );
  browser = await launch();
  served = await serve(workspace);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('justification audit', () => {
  it('marks quoted passages in the response and flags a quote found nowhere', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('reviewer-name').fill('Ana');
    await page.getByTestId('reviewer-save').click();
    await page.getByTestId('review-dataset').selectOption({ index: 1 });
    await page.getByTestId('review-item').waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await page.getByTestId('audit-mark').count()).toBe(0);

    await page.keyboard.press('a');
    const citations = page.getByTestId('audit-citation');
    await expect.poll(() => citations.count()).toBe(2);
    const found = page.locator('[data-testid="audit-citation"][data-found="true"]');
    const unsupported = page.locator('[data-testid="audit-citation"][data-found="false"]');
    expect(await found.textContent()).toContain('the plan pays 80% of covered costs');
    expect(await found.textContent()).toContain('found in');
    expect(await unsupported.textContent()).toContain('dental is fully covered');
    expect(await unsupported.textContent()).toContain('not found');

    // The response shows the quoted words marked, as text; nothing marks the invented quote.
    const marks = await page.getByTestId('audit-mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toContain('the plan pays 80% of covered costs');
    expect(marks.join(' ')).not.toContain('dental');

    await page.keyboard.press('a');
    await expect.poll(() => page.getByTestId('audit-mark').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
