// npm run bench:review — the review desk on 100,000 items × 3 judges in Chromium (browser mode):
// next-item latency from the key press to the frame showing the next item (p95, target < 50 ms), filter/sort change until the queue shows the new rows
// (target < 200 ms), the renderer's JS heap (target < 300 MB), and the dataset table's scroll frame
// interval (p95, target < 100 ms). Exits non-zero when a target is missed.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { launch, openPage, serve, tempWorkspace } from '../e2e/harness';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const STEPS = Number(process.env.BENCH_STEPS ?? 60);
const root = path.resolve(import.meta.dirname, '../..');

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');

async function main() {
  const workspace = tempWorkspace();
  const file = path.join(path.dirname(workspace), 'eval_results_table.json');
  const columns = ['inputs', 'ground_truth', 'outputs'];
  for (const judge of ['relevance', 'faithfulness', 'answer_correctness'])
    columns.push(`${judge}/v1/score`, `${judge}/v1/justification`);
  const data = Array.from({ length: ITEMS }, (_, i) => [
    `Question ${i}: what does clause ${i % 997} of the benefits handbook say about deductibles?`,
    `Clause ${i % 997} sets the deductible to $${1000 + (i % 9) * 100}.`,
    `The deductible under clause ${i % 997} is $${1000 + (i % 7) * 100}, after which the plan pays 80%.`,
    1 + (i % 5),
    `Relevance reasoning ${i}.`,
    1 + ((i * 7) % 5),
    `Faithfulness reasoning ${i}.`,
    1 + ((i * 3) % 5),
    `Correctness reasoning ${i}.`,
  ]);
  fs.writeFileSync(file, JSON.stringify({ columns, data }));
  const started = Date.now();
  await promisify(execFile)(
    process.execPath,
    ['out/main/cli.js', 'import', file, '--format', 'mlflow', '--workspace', workspace],
    { cwd: root },
  );
  console.log(
    `bench:review — ${ITEMS.toLocaleString('en-US')} items × 3 judges (imported in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  const served = await serve(workspace);
  const browser = await launch();
  try {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-review').click();
    await page.getByTestId('reviewer-name').fill('Bench');
    await page.getByTestId('reviewer-save').click();
    await page.getByTestId('review-dataset').selectOption({ index: 1 });
    const item = page.getByTestId('review-item');
    await item.waitFor();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // Next item: from the key press (the event's own timestamp) until the frame that shows the next
    // item, measured in the page so that Playwright's round trips and polling do not count.
    // (A string, not a function: tsx would wrap inner functions in a helper the page does not have.)
    await page.evaluate(`{
      const shownKey = () => document.querySelector('[data-testid="review-item"]')?.getAttribute('data-key') ?? null;
      window.gavelNext = [];
      window.gavelPressed = null;
      window.addEventListener('keydown', (event) => (window.gavelPressed = { at: event.timeStamp, key: shownKey() }), true);
      new MutationObserver(() => {
        const pressed = window.gavelPressed;
        if (pressed === null || shownKey() === pressed.key) return;
        window.gavelPressed = null;
        requestAnimationFrame(() => window.gavelNext.push(performance.now() - pressed.at));
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    }`);
    for (let i = 0; i < STEPS; i++) {
      const before = await item.getAttribute('data-key');
      await page.keyboard.press('j');
      await page.waitForFunction(
        ({ previous, done }) =>
          document.querySelector('[data-testid="review-item"]')?.getAttribute('data-key') !== previous &&
          (window as unknown as { gavelNext: number[] }).gavelNext.length === done,
        { previous: before, done: i + 1 },
        { polling: 'raf' },
      );
    }
    const next = await page.evaluate(() => (window as unknown as { gavelNext: number[] }).gavelNext);

    // Filter and sort changes: from the change until the queue's answer has arrived and been painted.
    const changes: number[] = [];
    const order = page.getByLabel('Order');
    const judge = page.getByLabel('Judge');
    const steps: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < 5; i++) {
      steps.push(
        () => order.selectOption('score_desc'),
        () => order.selectOption('dataset'),
      );
      steps.push(
        () => judge.selectOption('faithfulness'),
        () => judge.selectOption(''),
      );
    }
    for (const step of steps) {
      const t0 = performance.now();
      const answered = page.waitForResponse((response) => response.url().includes('/api/call/review.queue'));
      await step();
      await answered;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      changes.push(performance.now() - t0);
    }

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const heapMb = usedSize / 1024 / 1024;

    // The dataset table: scroll 3,000 px per animation frame for 120 frames, recording frame intervals.
    await page.getByTestId('nav-datasets').click();
    await page.getByTestId('dataset-row').first().click();
    const table = page.getByTestId('dataset-table');
    await page.getByTestId('item-row').first().waitFor();
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
      return intervals;
    });

    const nextP95 = percentile(next, 95);
    const changeP50 = percentile(changes, 50);
    const changeP95 = percentile(changes, 95);
    console.log(
      `next item: p50 ${percentile(next, 50).toFixed(1)} ms, p95 ${nextP95.toFixed(1)} ms over ${STEPS} steps (target p95 < 50 ms: ${ok(nextP95 < 50)})`,
    );
    console.log(
      `filter/sort change: median ${changeP50.toFixed(0)} ms, p95 ${changeP95.toFixed(0)} ms over ${changes.length} changes (target < 200 ms: ${ok(changeP50 < 200)})`,
    );
    console.log(`renderer JS heap: ${heapMb.toFixed(1)} MB (target < 300 MB: ${ok(heapMb < 300)})`);
    const scrollP95 = percentile(frames, 95);
    console.log(
      `dataset table scroll: frame p50 ${percentile(frames, 50).toFixed(1)} ms, p95 ${scrollP95.toFixed(1)} ms (target p95 < 100 ms: ${ok(scrollP95 < 100)})`,
    );
    if (!(nextP95 < 50 && changeP50 < 200 && heapMb < 300 && scrollP95 < 100)) process.exitCode = 1;
    if (errors.length > 0) console.log(`page errors: ${errors.join('; ')}`);
  } finally {
    await browser.close();
    await served.stop();
  }
}

await main();
