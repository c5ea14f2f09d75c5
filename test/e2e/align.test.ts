// An expert aligns a judge in the browser: a judge on the fake OpenAI server has judged the sample
// dataset, and the expert overrode six of its verdicts with rationales and audit tags. From
// Calibration they open "Align this judge…", group the disagreements by audit tags and keywords (no
// model asked), open an item of a theme beside the view, read a proposal's diff of the instructions,
// reword one proposal (which accepts it) and reject another, and go back to Calibration.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Proposal } from '../../shared/align';
import type { ItemDetail } from '../../shared/domain';
import type { QueueRow } from '../../shared/review';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { callApi, fakeProvider, launch, openPage, serve, type Served, tempWorkspace } from './harness';
import { runGroundedJudge } from './grounded-judge';

const KEY = 'sk-e2e-fake-key';
const JUDGE = 'grounded-align';
const REVIEWER = 'Dana';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({ apiKey: KEY });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);

/**
 * The stage: a pass/fail judge from the groundedness template run on the sample dataset, and the
 * expert's labels on 8 items: 6 overriding the judge (3 tagged "misread context", 3 "cites missing
 * evidence", each with a rationale), 2 confirming it.
 */
async function setStage(): Promise<void> {
  await call('providers.save', { config: fakeProvider('fake', fake.url) });
  const datasetId = await runGroundedJudge(served, JUDGE, 'fake');
  const { rows } = await call<{ rows: QueueRow[] }>('review.queue', {
    datasetId,
    reviewer: REVIEWER,
    limit: 100,
  });
  const judged = rows.filter((row) => row.verdicts[JUDGE]?.pass != null).slice(0, 8);
  for (const [at, row] of judged.entries()) {
    const judgePass = row.verdicts[JUDGE]!.pass!;
    const override = at < 6;
    const misread = at < 3;
    const item = await call<ItemDetail>('items.get', { id: row.itemId });
    await call('labels.save', {
      itemId: row.itemId,
      judge: JUDGE,
      reviewer: REVIEWER,
      action: override ? 'override' : 'confirm',
      judgmentId: item.judgments.find((j) => j.judge === JUDGE)!.id,
      pass: override ? !judgePass : judgePass,
      rationale: override
        ? misread
          ? `The judge misread the context of ${row.key}: the figure is stated there.`
          : `The judge accepted evidence ${row.key} never cites: the context lacks the source.`
        : null,
      tags: override ? [misread ? 'misread_context' : 'cites_missing_evidence'] : [],
    });
  }
}

describe('aligning a judge in the browser', () => {
  it('groups the disagreements into themes, shows their items and diffs, and records the expert’s decisions', async () => {
    await setStage();
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-calibration').click();
    await page.getByTestId('calibration-judge').selectOption(JUDGE);
    await page.getByTestId('align-open').click();

    const view = page.getByTestId('align-view');
    await view.waitFor();
    await expect
      .poll(() => view.getByTestId('align-failures').textContent(), { timeout: 15_000 })
      .toMatch(/^\d disagreements? with the experts’ final labels on development items to group/);
    expect(await view.getByTestId('align-proposals').textContent()).toContain('No proposal yet');

    // Without the model: by audit tags and keywords, and nothing is sent to the provider.
    const sent = fake.requests.length;
    await view.getByTestId('align-without-model').check();
    await expect
      .poll(() => view.getByTestId('align-failures').textContent())
      .toContain('without a model: by audit tags and keywords');
    await view.getByTestId('align-group').click();
    const themes = view.getByTestId('theme');
    await expect.poll(() => themes.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(fake.requests.length).toBe(sent);
    const themeTexts = await themes.allTextContents();
    expect(themeTexts.some((text) => /misread/i.test(text))).toBe(true);

    // An item of a theme opens beside the view.
    const firstItem = themes.first().getByTestId('theme-item').first();
    const key = (await firstItem.textContent())!;
    await firstItem.click();
    const detail = page.getByTestId('item-detail');
    await detail.waitFor();
    await expect.poll(() => detail.locator('h2').textContent()).toBe(key);

    // Each proposal shows its guideline as an added line of the instructions.
    const proposals = view.getByTestId('proposal');
    await expect.poll(() => proposals.count()).toBeGreaterThan(1);
    const first = proposals.first();
    const guideline = (await first.getByTestId('proposal-guideline').textContent())!;
    expect(await first.locator('[data-diff="added"]').allTextContents()).toContainEqual(
      expect.stringContaining(guideline),
    );

    // The expert rewords the first (accepting it) and rejects the second.
    const reworded = 'Check every figure against the retrieved context before judging.';
    await first.getByRole('button', { name: 'Edit' }).click();
    await first.getByTestId('proposal-edit-text').fill(reworded);
    await first.getByRole('button', { name: 'Save and accept' }).click();
    await expect.poll(() => first.getByTestId('proposal-status').textContent()).toBe('Accepted (edited)');
    expect(await first.getByTestId('proposal-guideline').textContent()).toBe(reworded);
    const second = proposals.nth(1);
    await second.getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => second.getByTestId('proposal-status').textContent()).toBe('Rejected');

    const stored = await call<Proposal[]>('align.proposals', { judge: JUDGE });
    expect(stored.find((p) => p.edited === reworded)?.status).toBe('accepted');
    expect(stored.filter((p) => p.status === 'rejected')).toHaveLength(1);

    // Back to Calibration, the item closed with the view.
    await view.getByTestId('align-back').click();
    await page.getByTestId('calibration').waitFor();
    expect(await page.getByTestId('item-detail').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
