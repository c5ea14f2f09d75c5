// The Trust panel shows the latest audit of a judge: a judge on the fake OpenAI server judged the
// sample dataset, was audited (each of 4 sampled items judged again twice), and in Chromium the
// Calibration view says what the audit found, in words, with when it ran. Another judge is audited
// from the panel itself: the cost first, then the run, then its chart read as text.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditOutcome, StoredAudit } from '../../shared/audit';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { runGroundedJudge } from './grounded-judge';
import { callApi, fakeProvider, launch, openPage, serve, type Served, tempWorkspace } from './harness';

const KEY = 'sk-e2e-fake-key';
const JUDGE = 'grounded-audit';
const PANEL_JUDGE = 'grounded-panel';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  // The default fake judge answers from the prompt alone: the same item always gets the same verdict.
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

/** A groundedness judge on the fake provider, run on the sample dataset; returns the dataset's id. */
async function judged(name: string): Promise<number> {
  await call('providers.save', { config: fakeProvider('fake', fake.url) });
  return runGroundedJudge(served, name, 'fake');
}

describe('the Trust panel', () => {
  it("shows the latest audit's findings in words and when it ran", async () => {
    const datasetId = await judged(JUDGE);
    const { audit } = await call<AuditOutcome>('trust.audit', {
      judge: JUDGE,
      datasetId,
      repeats: 2,
      sample: 4,
    });
    expect(audit).toMatchObject({ sample: 4, repeats: 2, consistency: { unanimous: { value: 1 } } });

    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-calibration').click();
    await page.getByTestId('calibration-judge').selectOption(JUDGE);
    const findings = page.getByTestId('trust-audit-findings');
    await expect
      .poll(() => findings.textContent(), { timeout: 15_000 })
      .toContain('4 of 4 items got the same verdict all 2 times');
    expect(await findings.textContent()).toContain("Length against the judge's verdicts: Spearman ρ");
    expect(await page.getByTestId('trust-audit-when').textContent()).toMatch(/v1, 4 items × 2 repeats, run \S/);
    expect(errors).toEqual([]);
  });

  it('audits the judge from the panel: the cost first, then the run, then the chart read as text', async () => {
    const datasetId = await judged(PANEL_JUDGE);
    const { page, errors } = await openPage(browser, served.url);
    await page.getByTestId('nav-calibration').click();
    await page.getByTestId('calibration-judge').selectOption(PANEL_JUDGE);
    await page.getByTestId('trust-audit-none').waitFor({ timeout: 15_000 });

    await page.getByTestId('audit-open').click();
    await page.getByTestId('audit-repeats').fill('2');
    await page.getByTestId('audit-sample').fill('3');
    await page.getByTestId('audit-seed').fill('5');
    await page.getByTestId('audit-estimate-button').click();
    const estimate = page.getByTestId('audit-estimate');
    await expect
      .poll(() => estimate.textContent(), { timeout: 15_000 })
      .toContain('3 items × 2 repeats: 6 requests to gpt-4o-mini');
    // Only priced so far: nothing stored.
    expect(await call<StoredAudit | null>('trust.latestAudit', { judge: PANEL_JUDGE, datasetId })).toBeNull();

    await page.getByTestId('audit-run').click();
    const chart = page.getByTestId('trust-audit-chart');
    await chart.waitFor({ timeout: 30_000 });
    const stored = (await call<StoredAudit | null>('trust.latestAudit', { judge: PANEL_JUDGE, datasetId }))!;
    expect(stored).toMatchObject({ sample: 3, repeats: 2, seed: 5, consistency: { unanimous: { value: 1 } } });
    const low = stored.consistency.unanimous.ci![0];
    const label = await chart.getAttribute('aria-label');
    expect(label).toContain(`Audit: Unanimous 100% (95%: ${Math.round(low * 1000) / 10}% – 100%)`);
    expect(label).toContain('length against score');
    expect(await chart.locator('svg').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('trust-audit-findings').textContent()).toContain(
      '3 of 3 items got the same verdict all 2 times',
    );
    expect(await page.getByTestId('audit-estimate').count()).toBe(0);
    // Done with it, the form closes back to its button.
    await page.getByTestId('audit-close').click();
    await page.getByTestId('audit-open').waitFor();
    expect(await page.getByTestId('audit-form').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
