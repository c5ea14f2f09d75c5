/// <reference lib="dom" />
// 100,000 rows: the dataset table stays virtualized, scrolls without long frames and reaches the end.
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
  it('renders only the visible rows, scrolls smoothly and jumps to the last row', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.locator('[data-testid="dataset-row"][data-dataset-name="large"]').click();
    const table = page.getByTestId('dataset-table');
    await page.locator('[data-testid="item-row"][data-key="1"]').waitFor();
    expect(await page.getByTestId('item-row').count()).toBeLessThan(120);

    // Scroll 3,000 px per animation frame for 120 frames and record the frame intervals.
    const frames = await table.evaluate(async (element) => {
      const intervals: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        element.scrollTop += 3000;
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        intervals.push(now - last);
        last = now;
      }
      return intervals.sort((a, b) => a - b);
    });
    const p95 = frames[Math.floor(frames.length * 0.95)]!;
    console.log(`scroll frame interval p50 ${frames[60]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    expect(p95).toBeLessThan(100);

    await table.focus();
    await page.keyboard.press('End');
    await page.locator(`[data-testid="item-row"][data-key="${ROWS}"]`).waitFor({ timeout: 5000 });
    expect(await page.getByTestId('item-row').count()).toBeLessThan(120);
    expect(errors).toEqual([]);
  });
});
