// A reviewer works through a blind labelling session with the keyboard only: names themselves, creates
// the session (5 sampled items, judge correctness) and opens it, rates each item before seeing the judge (y / n), writes a rationale, reveals the
// verdict (which saves the rating), keeps it; the labels land in the workspace with the blind rating, and the
// session shows 5/5. The labels then show in the dataset view, and a label pack downloaded from this
// workspace and imported into a fresh one holding the same dataset gives the same labels there.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LabelView } from '../../shared/domain';
import type { QueueRow, SessionView } from '../../shared/review';
import { callApi, enterReviewAs, launch, openPage, serve, type Served, tempWorkspace } from './harness';

let browser: Browser;
let served: Served;

beforeAll(async () => {
  browser = await launch();
  served = await serve(tempWorkspace(), { defaultWorkspace: true });
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

/** Calls the API as the page does (same token), to check what was stored. */
const call = <T>(channel: string, input: unknown, on: Served = served) => callApi<T>(on, channel, input);

/** Moves the keyboard focus to a control without clicking it, then presses Enter on it. */
async function press(page: Page, testId: string) {
  await page.getByTestId(testId).first().focus();
  await page.keyboard.press('Enter');
}

describe('reviewing with the keyboard', () => {
  it('rates a blind session item by item and stores every label with its blind rating', async () => {
    const { page, errors } = await openPage(browser, served.url);
    // First use: who is reviewing.
    await enterReviewAs(page, 'Dana');

    // A blind session on the sample dataset for correctness, 5 items sampled, made with the keyboard.
    await press(page, 'review-sessions-tab');
    await press(page, 'session-create');
    await page.keyboard.type('Blind correctness check');
    await page.locator('[data-testid="session-judges"] input[data-judge-name="correctness"]').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('session-selection').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByTestId('session-size').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.getByTestId('session-blind').focus();
    await page.keyboard.press('Space');
    await page.getByTestId('session-instructions').focus();
    await page.keyboard.type('Rate **correctness** against the expected response.');
    await press(page, 'session-save');
    await page.locator('[data-testid="session-row"][data-session-name="Blind correctness check"]').waitFor();
    const session = (await call<SessionView[]>('sessions.list', {}))[0]!;
    expect(session).toMatchObject({ name: 'Blind correctness check', blind: true, judges: ['correctness'], items: 5 });
    await press(page, 'session-open');

    // The cheatsheet lists every key; ? shows it, Esc closes it.
    await page.getByTestId('review-item').waitFor();
    await page.keyboard.press('?');
    expect(await page.getByTestId('cheatsheet').textContent()).toContain('Undo my latest label');
    await page.keyboard.press('Escape');
    await page.getByTestId('cheatsheet').waitFor({ state: 'detached' });

    const verdict = page.locator('[data-testid="review-verdict"][data-judge="correctness"]');
    for (let done = 0; done < 5; done++) {
      const item = page.getByTestId('review-item');
      await expect.poll(() => verdict.getAttribute('data-hidden')).toBe('true');
      const key = (await item.getAttribute('data-key'))!;
      expect(await verdict.getByTestId('judgment-justification').count()).toBe(0);

      await page.keyboard.press(done % 2 === 0 ? 'y' : 'n');
      await page.keyboard.press('r');
      await page.keyboard.type(`Checked ${key} against the expected response.`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await expect.poll(() => verdict.getAttribute('data-hidden')).toBe('false');
      expect(await verdict.getByTestId('judgment-justification').count()).toBe(1);
      await page.keyboard.press('Enter');

      await expect.poll(() => page.getByTestId('verdict-saved').getAttribute('data-key')).toBe(key);
      const row = page.locator(`[data-testid="queue-row"][data-key="${key}"]`);
      await expect.poll(() => row.getAttribute('data-reviewed')).toBe('true');
      if (done < 4) await expect.poll(() => item.getAttribute('data-key')).not.toBe(key);
    }
    await expect.poll(() => page.getByTestId('session-progress').first().textContent()).toContain('5/5');
    // The last item's history shows my label, now that its verdict is revealed.
    const entry = page.getByTestId('label-history').getByTestId('history-entry');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.textContent()).toContain('Dana');

    const queue = await call<{ rows: QueueRow[] }>('review.queue', {
      datasetId: session.datasetId,
      reviewer: 'Dana',
      sessionId: session.id,
    });
    expect(queue.rows).toHaveLength(5);
    for (const row of queue.rows) {
      const history = await call<LabelView[]>('labels.history', { itemId: row.itemId });
      const mine = history.filter((label) => label.reviewer === 'Dana');
      expect(mine).toHaveLength(1);
      const [label] = mine;
      expect(label).toMatchObject({
        judge: 'correctness',
        sessionId: session.id,
        rationale: expect.stringContaining(row.key),
      });
      expect(label!.blind).not.toBeNull();
      // The rating was saved blind to reveal the verdict (so the server could send it), then kept as
      // it was: that label is the final one, its answer the blind one.
      expect(label!.label).toBe(label!.blind!.label);
      expect(label!.action).toBe('override');
    }
    expect(errors).toEqual([]);
  });

  it('shows the labels in the dataset view and carries them to a fresh workspace in a label pack', async () => {
    const { page, errors } = await openPage(browser, served.url);
    const [session] = await call<SessionView[]>('sessions.list', {});
    const reviewed = (
      await call<{ rows: QueueRow[] }>('review.queue', {
        datasetId: session!.datasetId,
        reviewer: 'Dana',
        sessionId: session!.id,
      })
    ).rows.map((row) => row.key);
    const all = (await call<{ rows: QueueRow[] }>('review.queue', { datasetId: session!.datasetId, reviewer: 'Dana' }))
      .rows;
    const firstReviewed = all.findIndex((row) => reviewed.includes(row.key));

    // The dataset view: open the dataset, move to the first reviewed item with the arrow keys, open it.
    await press(page, 'nav-datasets');
    await page.locator(`[data-testid="dataset-row"][data-dataset-name="${session!.dataset}"]`).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('item-row').first().waitFor();
    await page.getByRole('grid').focus();
    await page.keyboard.press('Home');
    for (let step = 0; step < firstReviewed; step++) await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.locator('[data-testid="item-row"][aria-selected="true"]').getAttribute('data-key'))
      .toBe(all[firstReviewed]!.key);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="label-row"][data-reviewer="Dana"]').count()).toBe(1);

    // Download Dana's labels as a pack (a new page: Dana says who she is again).
    await enterReviewAs(page, 'Dana');
    await press(page, 'review-sessions-tab');
    const downloaded = page.waitForEvent('download');
    await press(page, 'labels-export');
    const packFile = await (await downloaded).path();

    // A fresh workspace with the same sample dataset: import the pack there, with the keyboard.
    const fresh = await serve(tempWorkspace(), { defaultWorkspace: true });
    try {
      const other = await openPage(browser, fresh.url);
      await enterReviewAs(other.page, 'Eli');
      await press(other.page, 'review-sessions-tab');
      const chooser = other.page.waitForEvent('filechooser');
      await press(other.page, 'labels-import');
      await (await chooser).setFiles(packFile);
      await expect.poll(() => other.page.getByTestId('labels-imported').textContent()).toContain('Imported 5 labels');

      const labelsOf = async (on: Served, key: string) => {
        const { id } = await call<{ id: number }>('items.find', { datasetId: session!.datasetId, key }, on);
        return (await call<LabelView[]>('labels.history', { itemId: id }, on)).map((label) => ({
          judge: label.judge,
          reviewer: label.reviewer,
          action: label.action,
          pass: label.pass,
          score: label.score,
          rationale: label.rationale,
          blind: label.blind,
          createdAt: label.createdAt,
        }));
      };
      for (const key of reviewed) expect(await labelsOf(fresh, key)).toEqual(await labelsOf(served, key));
      expect(other.errors).toEqual([]);
    } finally {
      await fresh.stop();
    }
    expect(errors).toEqual([]);
  });
});
