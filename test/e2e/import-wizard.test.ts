// A user imports files through the wizard in a real browser and reads what came in.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, launch, openPage, serve, tempWorkspace, type Served } from './harness';

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

describe('import wizard (browser mode, Chromium)', () => {
  it('starts from an empty workspace, imports qa.csv and shows its 6 rows and one row in detail', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await expect
      .poll(() => page.getByTestId('workspace-path').textContent())
      .toContain(path.basename(served.workspace));
    expect(await page.getByTestId('dataset-row').count()).toBe(0);

    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(fixture('qa.csv'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-format').inputValue()).toBe('csv');
    expect(await page.getByTestId('import-mapping-request').inputValue()).toBe('question');
    expect(await page.getByTestId('import-mapping-response').inputValue()).toBe('answer');
    expect(await page.getByTestId('import-mapping-expected_response').inputValue()).toBe('expected_answer');
    expect(await page.getByTestId('import-preview-row').count()).toBe(6);

    await page.getByTestId('import-dataset-name').fill('Spark QA');
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/6/);
    await page.getByTestId('import-open-dataset').click();

    const rows = page.getByTestId('item-row');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await rows.nth(3).textContent()).toContain('What does RAG stand for?');

    await rows.nth(3).click();
    const detail = page.getByTestId('item-detail');
    await detail.waitFor();
    expect(await page.getByTestId('detail-request').textContent()).toContain('What does RAG stand for?');
    expect(await page.getByTestId('detail-response').textContent()).toContain('RAG means Random Access Graph.');
    expect(await page.getByTestId('detail-expected').textContent()).toContain('Retrieval-Augmented Generation.');
    expect(await page.getByTestId('detail-context-chunk').first().textContent()).toContain(
      'Retrieval-augmented generation (RAG) combines retrieval with generation.',
    );

    await page.getByTestId('nav-datasets').click();
    await expect.poll(() => page.locator('[data-testid="dataset-row"][data-dataset-name="Spark QA"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('imports the MLflow table and shows both judges with scores and justifications', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(fixture('mlflow-eval_results_table.json'));
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-format').inputValue()).toBe('mlflow');
    const judges = await page.getByTestId('import-judges').textContent();
    expect(judges).toContain('answer_similarity');
    expect(judges).toContain('answer_correctness');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('import-open-dataset').click();

    const rows = page.getByTestId('item-row');
    await expect.poll(() => rows.count()).toBe(6);
    const canberra = page.locator('[data-testid="item-row"][data-key="6"]');
    expect(
      await canberra.locator('[data-testid="verdict-cell"][data-judge="answer_similarity"]').textContent(),
    ).toContain('3');

    await canberra.click();
    const similarity = page.locator('[data-testid="detail-judgment"][data-judge="answer_similarity"]');
    await similarity.waitFor();
    expect(await similarity.getByTestId('judgment-score').textContent()).toMatch(/3\s*\/\s*5/);
    expect(await similarity.getByTestId('judgment-justification').textContent()).toContain(
      'Mentions a city in Australia',
    );
    const correctness = page.locator('[data-testid="detail-judgment"][data-judge="answer_correctness"]');
    expect(await correctness.getByTestId('judgment-justification').textContent()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('refuses a broken file in the wizard, naming the line, and imports nothing', async () => {
    const file = path.join(path.dirname(tempWorkspace()), 'broken.jsonl');
    fs.writeFileSync(file, '{"question":"ok","answer":"fine"}\n{"question": "cut off", "ans\n');
    const { page } = await openPage(browser, served.url);
    // The two datasets imported above.
    await expect.poll(() => page.getByTestId('dataset-row').count()).toBe(2);
    await page.getByTestId('import-open').click();
    await page.getByTestId('import-file-input').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-error').textContent()).toMatch(/broken\.jsonl, line 2/);
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-datasets').click();
    await page.waitForTimeout(200);
    expect(await page.getByTestId('dataset-row').count()).toBe(2);
  });

  it('says what a RAGAS file became: failed metric calls, and the column it ignores', async () => {
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('import-open').click();
    await page
      .getByTestId('import-file-input')
      .setInputFiles(path.resolve(__dirname, '../../../shared/fixtures/real/ragas-multiplier-ragas_results.csv'));
    await page.getByTestId('import-preview').waitFor();
    const judges = await page.getByTestId('import-judges').textContent();
    expect(judges).toContain('faithfulness');
    expect(judges).toContain('10 verdicts (2 failed judge calls)');
    expect(await page.getByTestId('import-columns-ignored').textContent()).toBe(
      'Ignored: answer_correctness (a score column with no value in any row)',
    );
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-summary').waitFor();
    const summary = await page.getByTestId('import-summary').textContent();
    expect(summary).toContain('Failed judge calls2');
    expect(summary).toContain('Ignored: answer_correctness');
    expect(errors).toEqual([]);
  });
});
