// Untrusted text stays text: responses, retrieved contexts and judge justifications full of HTML,
// scripts, event handlers, javascript: links, remote images and iframes show as text, run nothing
// and load nothing from anywhere but the app itself.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, serve, tempWorkspace, type Served } from './harness';

const HOSTILE = [
  '<script>window.__pwned = "script"</script>',
  '<img src="https://evil.example/pixel.png" onerror="window.__pwned = \'onerror\'">',
  '![tracker](https://evil.example/track.gif)',
  '[click me](javascript:window.__pwned="link")',
  '<iframe src="https://evil.example/frame"></iframe>',
  '<a href="#" onclick="window.__pwned=\'onclick\'">raw html link</a>',
  '<svg onload="window.__pwned=\'svg\'"></svg>',
].join('\n\n');

let browser: Browser;
let served: Served;
let dataset: string;

beforeAll(async () => {
  const workspace = tempWorkspace();
  dataset = path.join(path.dirname(workspace), 'hostile-eval_results.json');
  fs.writeFileSync(
    dataset,
    JSON.stringify({
      columns: [
        'request_id',
        'request',
        'response',
        'retrieved_context',
        'response/llm_judged/groundedness/rating',
        'response/llm_judged/groundedness/rationale',
      ],
      data: [
        [
          'h-1',
          `Question ${HOSTILE}`,
          `Answer ${HOSTILE}`,
          [{ doc_uri: 'javascript:window.__pwned="uri"', content: `Context ${HOSTILE}` }],
          'yes',
          `Rationale ${HOSTILE}`,
        ],
      ],
    }),
  );
  browser = await launch();
  served = await serve(workspace);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('hostile content', () => {
  it('is shown as text, runs no script and loads nothing remote', async () => {
    const { page, errors } = await openPage(browser, served.url);
    const origin = new URL(served.url).origin;
    const outside: string[] = [];
    await page.context().route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.evaluate(() => {
      (window as unknown as { __pwned?: string }).__pwned = undefined;
    });

    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(dataset);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-open-dataset').click();
    await page.locator('[data-testid="item-row"][data-key="h-1"]').click();
    await page.getByTestId('item-detail').waitFor();
    await page.waitForTimeout(500);

    const shown = await page.getByTestId('item-detail').textContent();
    expect(shown).toContain('<script>window.__pwned = "script"</script>');
    expect(shown).toContain('<iframe src="https://evil.example/frame"></iframe>');
    expect(await page.getByTestId('judgment-justification').first().textContent()).toContain('<svg onload=');
    const detail = page.getByTestId('item-detail');
    expect(await detail.locator('script, iframe, img, svg, object, embed').count()).toBe(0);
    expect(await detail.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
