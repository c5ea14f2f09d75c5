// A dataset imported without verdicts says what to do next, at 1280×800 and 1920×1080: its view
// tells the newcomer no judge has scored it and offers to run one, which opens Runs.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, openPage, serve, tempWorkspace, type Served } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const workspace = tempWorkspace();
  await promisify(execFile)(
    process.execPath,
    ['out/main/cli.js', 'import', fixture('qa.csv'), '--name', 'qa', '--workspace', workspace],
    { cwd: root },
  );
  browser = await launch();
  served = await serve(workspace);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe.each([
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
])('a dataset without verdicts at $width×$height', (viewport) => {
  it('shows its next step, running a judge, and takes the user there', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.setViewportSize(viewport);
    await page.getByTestId('nav-datasets').click();
    await page.locator('[data-testid="dataset-row"][data-dataset-name="qa"]').click();
    const step = page.getByTestId('next-step');
    await expect.poll(() => step.textContent()).toContain('No judge has scored these items yet');
    await step.getByRole('button', { name: 'Run a judge' }).click();
    await expect.poll(() => page.getByTestId('nav-runs').getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
    await page.close();
  });
});
