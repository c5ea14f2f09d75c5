// A trace whose request is a chat (system + user messages, as MLflow records it) shows in the review
// desk as its turns, each role labelled, and not as the JSON it is stored as.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterReviewAs, fixture, launch, openPage, serve, tempWorkspace, type Served } from './harness';

const root = path.resolve(import.meta.dirname, '../..');
let browser: Browser;
let served: Served;

beforeAll(async () => {
  const workspace = tempWorkspace();
  await promisify(execFile)(
    process.execPath,
    ['out/main/cli.js', 'import', fixture('mlflow3-trace.json'), '--workspace', workspace],
    { cwd: root },
  );
  browser = await launch();
  served = await serve(workspace);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('conversations in the review desk', () => {
  it('shows a chat request as turns with their roles', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await enterReviewAs(page, 'Ana');
    await page.getByTestId('review-dataset').selectOption({ index: 1 });
    await page.getByTestId('review-item').waitFor();
    const turns = page.getByTestId('conversation-turn');
    await expect.poll(() => turns.count()).toBe(2);
    expect(await turns.locator('.turn-role').allTextContents()).toEqual(['system', 'user']);
    expect(await turns.nth(1).textContent()).toContain('When was the product released?');
    const request = await page.getByTestId('detail-request').textContent();
    expect(request).toContain('Conversation (2 turns)');
    expect(request).not.toContain('"role"');
    expect(errors).toEqual([]);
  });
});
