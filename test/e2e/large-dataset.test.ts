/// <reference lib="dom" />
// 100,000 rows: the dataset table stays virtualized while it scrolls, and reaches the end.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, serve, tempWorkspace, type Served } from './harness';

const ROWS = 100_000;
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const workspace = tempWorkspace();
  const file = path.join(path.dirname(workspace), 'large.jsonl');
  const lines: string[] = [];
  for (let i = 1; i <= ROWS; i++) {
    lines.push(JSON.stringify({ id: String(i), question: `Question number ${i}?`, answer: `Answer ${i}.` }));
  }
  fs.writeFileSync(file, lines.join('\n'));
  await promisify(execFile)(process.execPath, ['out/main/cli.js', 'import', file, '--workspace', workspace], {
    cwd: path.resolve(__dirname, '../..'),
  });
  browser = await launch();
  served = await serve(workspace);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('a 100,000-row dataset in the browser', () => {
  it('renders only the visible rows while scrolling and jumps to the last row', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.locator('[data-testid="dataset-row"][data-dataset-name="large"]').click();
    const table = page.getByTestId('dataset-table');
    await page.locator('[data-testid="item-row"][data-key="1"]').waitFor();
    expect(await page.getByTestId('item-row').count()).toBeLessThan(120);

    // Scrolling far down shows later rows, still only the visible ones (frame times: npm run bench:review).
    await table.evaluate((element) => (element.scrollTop = element.scrollHeight / 2));
    await page.locator('[data-testid="item-row"][data-key="1"]').waitFor({ state: 'detached' });
    expect(await page.getByTestId('item-row').count()).toBeLessThan(120);

    await table.focus();
    await page.keyboard.press('End');
    await page.locator(`[data-testid="item-row"][data-key="${ROWS}"]`).waitFor({ timeout: 5000 });
    expect(await page.getByTestId('item-row').count()).toBeLessThan(120);
    expect(errors).toEqual([]);
  });
});
