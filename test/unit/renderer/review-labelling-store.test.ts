// The review desk store labelling: who reviews, saving, undoing, judge versions, blind review and
// the justification audit.
import { describe, expect, it, vi } from 'vitest';
import { createGavelStore, type GavelStore } from '../../../renderer/src/store/create-store';
import { isAuditOn } from '../../../renderer/src/store/slices/review/review-audit';
import { reviewedJudgments } from '../../../renderer/src/store/review-values';
import { fail, ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';
import { blindDesk, desk, saved } from './review-desk';
import { label, queueRow, reviewItem } from './review-fixtures';

describe('reviewer identity', () => {
  it('ensures the reviewer and keeps the name', async () => {
    const { api, store } = await desk();
    expect(api['reviewers.ensure']).toHaveBeenCalledWith({ name: 'Dana' });
    expect(store.getState().reviewQueue.reviewer).toBe('Dana');
    store.getState().switchReviewer();
    expect(store.getState().reviewQueue.reviewer).toBeNull();
  });

  it('offers the reviewers the workspace knows', async () => {
    const { api } = createFakeApi({
      'reviewers.list': vi.fn(async () => ok([{ id: 1, name: 'Sam', labels: 4 }])),
    });
    const store = createGavelStore(api);
    await store.getState().loadKnownReviewers();
    expect(store.getState().reviewQueue.knownReviewers).toEqual(['Sam']);
  });

  it('shows why a name was refused', async () => {
    const { api } = createFakeApi({ 'reviewers.ensure': vi.fn(async () => fail('INVALID_INPUT', 'Too long')) });
    const store = createGavelStore(api);
    await store.getState().chooseReviewer('x'.repeat(200));
    expect(store.getState().reviewQueue).toMatchObject({ reviewer: null, reviewerError: { code: 'INVALID_INPUT' } });
  });
});

describe('saving labels', () => {
  it('confirms the focused judgment, shows it saved, and moves to the next judge I have not labelled', async () => {
    const { api, store } = await desk();
    expect(store.getState().reviewItem).toMatchObject({ itemId: 1, focusedJudge: 'correctness' });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({
        itemId: 1,
        judge: 'correctness',
        reviewer: 'Dana',
        action: 'confirm',
        judgmentId: 10,
        sessionId: null,
        requireRationale: true,
        blind: null,
      }),
    ]);
    expect(store.getState().reviewItem.lastSaved).toMatchObject({ itemKey: 'k1', label: { id: 99 } });
    expect(store.getState().reviewItem.focusedJudge).toBe('helpfulness');
    // The queue's counts and rows are read again after the label was stored.
    expect(api['review.queue']).toHaveBeenCalledTimes(2);
  });

  it('moves to the next item once every judge of this one is labelled', async () => {
    const history = [label(1), label(2, { judge: 'helpfulness', score: 4 })];
    const { store } = await desk(undefined, {
      'items.get': vi.fn(async ({ id }: { id: number }) => ok({ ...reviewItem(id), labels: history.slice(0, 1) })),
      'labels.history': vi.fn(async () => ok(history)),
    });
    await store.getState().confirmVerdict('helpfulness');
    await flush();
    expect(store.getState().reviewQueue.index).toBe(1);
    expect(store.getState().reviewItem.itemId).toBe(2);
  });

  it('overrides with my value, rationale and tags', async () => {
    const { api, store } = await desk();
    store.getState().setDraftValue('helpfulness', { score: 2, label: null, pass: null });
    store.getState().setDraftRationale('helpfulness', '  Misses the second fact. ');
    store.getState().toggleDraftTag('helpfulness', 'misread_context');
    await store.getState().overrideVerdict('helpfulness');
    expect(saved(api)[0]).toMatchObject({
      action: 'override',
      score: 2,
      rationale: 'Misses the second fact.',
      tags: ['misread_context'],
      judgmentId: 11,
    });
  });

  it('keeps an "override" with the judge’s own verdict as a confirm, with its rationale and tags', async () => {
    const { api, store } = await desk();
    // The judge said yes (pass) on correctness; the reviewer picks yes too and presses Override.
    store.getState().setDraftValue('correctness', { score: null, label: 'yes', pass: true });
    store.getState().setDraftRationale('correctness', 'The figure is in the context.');
    store.getState().toggleDraftTag('correctness', 'misread_context');
    await store.getState().overrideVerdict('correctness');
    expect(saved(api)[0]).toMatchObject({
      action: 'confirm',
      pass: true,
      rationale: 'The figure is in the context.',
      tags: ['misread_context'],
      judgmentId: 10,
    });
  });

  it('shows the refusal of an override without a rationale, and stays on the judge', async () => {
    const { store } = await desk(undefined, {
      'labels.save': vi.fn(async () => fail('INVALID_INPUT', 'labels.save: an override needs a rationale.')),
    });
    store.getState().setDraftValue('correctness', { score: null, label: null, pass: false });
    await store.getState().overrideVerdict('correctness');
    expect(store.getState().reviewItem.drafts.correctness).toMatchObject({
      saving: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(store.getState().reviewItem.lastSaved).toBeNull();
    expect(store.getState().reviewItem).toMatchObject({ itemId: 1, focusedJudge: 'correctness' });
  });

  it('undoes my latest label on any judge of the item and says what it undid', async () => {
    const history = [
      label(4, { reviewer: 'Sam' }),
      label(5, { judge: 'helpfulness', action: 'override', score: 2, label: null, pass: false }),
      label(6, { reviewer: 'Sam', judge: 'helpfulness' }),
    ];
    const { api, store } = await desk(undefined, {
      'items.get': vi.fn(async ({ id }: { id: number }) => ok({ ...reviewItem(id), labels: history })),
      'labels.undo': vi.fn(async () => ok({ restored: null })),
    });
    store.getState().focusJudge('correctness');
    await store.getState().undoLabel();
    expect(api['labels.undo']).toHaveBeenCalledWith({ labelId: 5, reviewer: 'Dana' });
    expect(store.getState().reviewItem).toMatchObject({
      undone: 'Undid your override of helpfulness (score 2)',
      focusedJudge: 'helpfulness',
    });
  });
});

describe('judge versions', () => {
  /** Item 1 with a second version of correctness that says "no" where version 1 said "yes". */
  const twoVersions = () => {
    const item = reviewItem(1);
    const v2 = { ...item.judgments[0]!, id: 20, judgeVersion: 2, label: 'no', pass: false };
    return { ...item, judgments: [...item.judgments, v2] };
  };

  it('shows the newest version, switches to an older one, and labels the version shown', async () => {
    const { api, store } = await desk([queueRow(1)], { 'items.get': vi.fn(async () => ok(twoVersions())) });
    const shown = () =>
      reviewedJudgments(store.getState().reviewItem.item!, null, store.getState().reviewItem.versions)[0];
    expect(shown()).toMatchObject({ id: 20, judgeVersion: 2 });
    store.getState().olderVersion();
    expect(shown()).toMatchObject({ id: 10, judgeVersion: 1 });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)[0]).toMatchObject({ judge: 'correctness', action: 'confirm', judgmentId: 10 });
    // From the oldest, `v` goes back round to the newest.
    store.getState().focusJudge('correctness');
    store.getState().olderVersion();
    expect(shown()).toMatchObject({ id: 20 });
  });
});

describe('blind review', () => {
  const correctness = (store: GavelStore) =>
    store.getState().reviewItem.item!.judgments.find((j) => j.judge === 'correctness')!;

  it('asks for the item as me, saves my rating to reveal, then shows the verdict the server returns', async () => {
    const { api, store, itemsGet } = await blindDesk();
    expect(itemsGet).toHaveBeenLastCalledWith({ id: 1, reviewer: 'Dana' });
    const reads = itemsGet.mock.calls.length;
    expect(correctness(store)).toMatchObject({ label: null, pass: null, justification: null });
    await store.getState().confirmVerdict('correctness');
    expect(api['labels.save']).not.toHaveBeenCalled();

    store.getState().setDraftValue('correctness', { score: null, label: 'no', pass: null });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({
        action: 'override',
        label: 'no',
        blind: { score: null, label: 'no', pass: null },
        requireRationale: false,
        sessionId: 3,
      }),
    ]);
    expect(itemsGet).toHaveBeenCalledTimes(reads + 1);
    expect(correctness(store)).toMatchObject({ label: 'yes', pass: true, justification: 'Because.' });
    expect(store.getState().reviewItem.drafts.correctness?.blindRating).toEqual({
      score: null,
      label: 'no',
      pass: null,
    });

    // Kept after the reveal: "no" differs from the judge's "yes", so it stays an override with the blind rating.
    store.getState().setDraftRationale('correctness', 'The deductible is wrong.');
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)[1]).toMatchObject({
      action: 'override',
      label: 'no',
      blind: { label: 'no' },
      requireRationale: true,
    });
  });

  it('moves on without a second label when I keep my rating as saved to reveal', async () => {
    const { api, store } = await blindDesk();
    store.getState().setDraftValue('correctness', { score: null, label: 'yes', pass: null });
    await store.getState().revealVerdict('correctness');
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({ action: 'override', blind: { score: null, label: 'yes', pass: null } }),
    ]);
  });

  it('hides the verdict again when I undo my blind rating', async () => {
    const { store } = await blindDesk();
    store.getState().setDraftValue('correctness', { score: null, label: 'yes', pass: null });
    await store.getState().revealVerdict('correctness');
    expect(correctness(store).pass).toBe(true);
    await store.getState().undoLabel();
    expect(correctness(store)).toMatchObject({ label: null, pass: null, justification: null });
    expect(store.getState().reviewItem.undone).toBe('Undid your override of correctness (yes)');
  });
});

describe('justification audit', () => {
  const auditOn = (store: GavelStore) => isAuditOn(store.getState());

  it('is off by default, focuses the judge it is toggled on, and stays on from item to item', async () => {
    const { store } = await desk();
    expect(auditOn(store)).toBe(false);
    store.getState().toggleAudit('helpfulness');
    expect(auditOn(store)).toBe(true);
    expect(store.getState().reviewItem.focusedJudge).toBe('helpfulness');
    await store.getState().moveItem(1);
    expect(auditOn(store)).toBe(true);
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(false);
  });

  it('is remembered per review session', async () => {
    const { store } = await desk();
    store.getState().toggleAudit('correctness');
    await store.getState().chooseReviewSession(3);
    await flush();
    expect(auditOn(store)).toBe(false);
    store.getState().toggleAudit('correctness');
    await store.getState().chooseReviewSession(null);
    expect(auditOn(store)).toBe(true);
    await store.getState().chooseReviewSession(3);
    await flush();
    expect(auditOn(store)).toBe(true);
  });

  it('cannot be turned on while a blind verdict is still hidden', async () => {
    const { store } = await blindDesk();
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(false);
    store.getState().setDraftValue('correctness', { score: null, label: null, pass: true });
    await store.getState().revealVerdict('correctness');
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(true);
  });
});
