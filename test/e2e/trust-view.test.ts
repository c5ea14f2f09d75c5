// Before calibrating, an ML engineer checks that the experts agree: a groundedness judge on the fake
// OpenAI server has judged the sample dataset, Dana labelled a random session of ten items and Eli
// labelled six of them again, differing from Dana on three. In Chromium, Calibration shows the
// experts' alpha with its interval on the six shared items and warns that the rubric is ambiguous;
// a split item opens alone in review; the Trust panel's two charts carry their numbers as text; a
// planner target typed in the panel gives the labels needed and the button creating that session.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalibrationOverview } from '../../shared/calibration';
import type { ItemDetail } from '../../shared/domain';
import type { QueueRow, SessionView } from '../../shared/review';
import type { TrustView } from '../../shared/trust';
import { startFakeOpenAI, type FakeOpenAIServer } from '../fakes/fake-openai-server';
import { fakeVerdict } from '../fakes/fake-verdict';
import { runGroundedJudge } from './grounded-judge';
import { callApi, enterReviewAs, fakeProvider, launch, openPage, serve, type Served, tempWorkspace } from './harness';

const KEY = 'sk-e2e-fake-key';
const JUDGE = 'grounded-fake';
let browser: Browser;
let served: Served;
let fake: FakeOpenAIServer;

beforeAll(async () => {
  fake = await startFakeOpenAI({
    apiKey: KEY,
    reply: (request) => {
      const body = request.body as { response_format?: { json_schema?: { schema?: unknown } } };
      return JSON.stringify(fakeVerdict(request.prompt ?? '', body.response_format?.json_schema?.schema));
    },
  });
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true, env: { GAVEL_KEY_FAKE: KEY } });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await fake?.close();
});

const call = <T>(channel: string, input: unknown) => callApi<T>(served, channel, input);

/** The judge run on the sample dataset; Dana labels a random session of 10, Eli 6 of them (3 flipped). */
async function setStage(): Promise<{ datasetId: number; splitKeys: string[] }> {
  await call('providers.save', { config: fakeProvider('fake', fake.url) });
  const datasetId = await runGroundedJudge(served, JUDGE, 'fake');

  const session = await call<SessionView>('sessions.create', {
    name: 'random ten',
    datasetId,
    judges: [JUDGE],
    selection: { kind: 'sample', size: 10, seed: 3 },
    requireRationale: false,
  });
  const { rows } = await call<{ rows: QueueRow[] }>('review.queue', {
    datasetId,
    reviewer: 'Dana',
    sessionId: session.id,
    limit: 100,
  });
  expect(rows).toHaveLength(10);
  const splitKeys: string[] = [];
  for (const [at, row] of rows.entries()) {
    const judgePass = row.verdicts[JUDGE]!.pass!;
    const item = await call<ItemDetail>('items.get', { id: row.itemId });
    const judgmentId = item.judgments.find((candidate) => candidate.judge === JUDGE)!.id;
    const save = (reviewer: string, pass: boolean) =>
      call('labels.save', {
        itemId: row.itemId,
        judge: JUDGE,
        reviewer,
        action: pass === judgePass ? 'confirm' : 'override',
        judgmentId,
        pass,
        sessionId: session.id,
        requireRationale: false,
      });
    await save('Dana', judgePass);
    if (at < 6) await save('Eli', at < 3 ? !judgePass : judgePass);
    if (at < 3) splitKeys.push(row.key);
  }
  return { datasetId, splitKeys: splitKeys.sort() };
}

async function openCalibration(page: Page) {
  await page.getByTestId('nav-calibration').click();
  await page.getByTestId('calibration-judge').selectOption(JUDGE);
}

describe('the experts’ agreement and the Trust charts in the browser', () => {
  it('shows the experts’ alpha with its interval, opens a split item, and reads the charts as text', async () => {
    const { datasetId, splitKeys } = await setStage();
    const { page, errors } = await openPage(browser, served.url);
    await enterReviewAs(page, 'Dana');
    await page.getByTestId('review-dataset').waitFor();
    await openCalibration(page);

    // The experts among themselves: alpha, its interval, on the six items both labelled; too low to calibrate.
    const overview = await call<CalibrationOverview>('calibration.overview', { judge: JUDGE });
    const agreement = overview.versions.at(-1)!.agreement!;
    const alpha = agreement.human_human.krippendorff_alpha!;
    const interval = agreement.ci.human_human.krippendorff_alpha;
    const round = (value: number) => String(Math.round(value * 100) / 100);
    const experts = page.getByTestId('experts-agreement');
    await expect
      .poll(() => experts.textContent(), { timeout: 15_000 })
      .toBe(
        `Experts among themselves: α ${round(alpha)} (95% ${round(interval.lower!)} – ${round(interval.upper!)}) on 6 items labelled by two or more.`,
      );
    expect(alpha).toBeLessThan(0.6);
    expect(await page.getByTestId('experts-warning').textContent()).toContain('ambiguous rubric');

    // The three items where they split, each with both answers; one opens alone in review.
    const splits = page.getByTestId('expert-split');
    expect(
      (await splits.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key') ?? ''))).sort(),
    ).toEqual(splitKeys);
    expect(overview.expertSplits.map((split) => split.item.key)).toEqual(splitKeys);
    const first = overview.expertSplits[0]!;
    expect(first.item.datasetId).toBe(datasetId);
    const row = page.getByTestId('expert-splits').locator('li').first();
    expect(await row.textContent()).toMatch(/Dana: (yes|no), Eli: (yes|no)/);
    await splits.first().click();
    await page.getByTestId('queue-items-filter').waitFor();
    const queued = page.getByTestId('queue-row');
    await expect.poll(() => queued.count(), { timeout: 15_000 }).toBe(1);
    expect(await queued.first().getAttribute('data-key')).toBe(first.item.key);
    await page.getByTestId('review-item').waitFor();

    // Trust: seven usable labels (the three split items have no consensus); both charts as text.
    await openCalibration(page);
    const trust = await call<TrustView>('calibration.trust', { judge: JUDGE, datasetId, halfWidth: 0.03 });
    expect(trust.estimate!.labels_used).toBe(7);
    const rates = page.getByTestId('trust-rates-chart');
    await rates.waitFor({ timeout: 15_000 });
    const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
    const { estimate, judge_rate: judgeRate } = trust.estimate!;
    const label = await rates.getAttribute('aria-label');
    expect(label).toContain(
      `Judge alone ${percent(judgeRate.value)} (95%: ${percent(judgeRate.ci[0])} – ${percent(judgeRate.ci[1])})`,
    );
    expect(label).toContain(`Estimate (PPI++) ${percent(estimate.value)} (95%: ${percent(estimate.ci[0])}`);
    expect(await rates.locator('svg').count()).toBeGreaterThan(0);

    const plan = page.getByTestId('trust-plan-table');
    expect(await plan.locator('tbody tr').count()).toBe(trust.curve.length);
    expect(await plan.locator('caption').textContent()).toContain('7 labels now');
    const now = trust.curve.find((point) => point.labels === 7)!;
    const nowRow = plan.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^7$/ }) });
    expect(await nowRow.locator('td').first().textContent()).toBe(`±${round(now.with_judge * 100)} points`);
    expect(await page.getByTestId('trust-plan-chart').locator('svg').count()).toBeGreaterThan(0);

    // The planner's target: ±3 points is out of reach on 20 items, so no button; a wider one the
    // curve reaches gives the number of labels and the button creating a session of that many.
    const sentence = page.getByTestId('trust-plan');
    expect(await sentence.textContent()).toContain('No number of labels on this dataset');
    expect(await page.getByTestId('trust-sample').count()).toBe(0);
    // A target between the width now and the narrowest the curve reaches with more labels, in points.
    const narrowest = Math.min(...trust.curve.filter((point) => point.labels > 7).map((point) => point.with_judge));
    const goal = Math.round(((trust.plan!.current_half_width + narrowest) / 2) * 10_000) / 100;
    const wide = await call<TrustView>('calibration.trust', { judge: JUDGE, datasetId, halfWidth: goal / 100 });
    const more = wide.plan!.more_labels!;
    expect(more).toBeGreaterThan(0);
    const target = page.getByTestId('trust-half-width');
    await target.fill('');
    await target.pressSequentially(String(goal));
    await expect
      .poll(() => sentence.textContent())
      .toContain(`Label ${more} more to know the pass rate within ±${goal} points.`);
    expect(await target.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.getByTestId('trust-sample').click();
    await expect
      .poll(() => page.getByTestId('trust-created').textContent())
      .toBe(`Session “${more} more random labels for ${JUDGE}” created with ${more} items.`);
    expect(errors).toEqual([]);
  });
});
