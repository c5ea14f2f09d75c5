// The review desk's side-by-side mode: which pair it shows, its keys, and the preference saved as a
// label on the pairwise judge (confirm when it agrees with the verdict, override otherwise).
import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { RendererApi } from '../../../renderer/src/api/types';
import { reviewKeyAction, type KeyContext } from '../../../renderer/src/store/review-keys';
import { mayCompare, sideBySideOf } from '../../../renderer/src/store/side-by-side';
import type { ItemDetail, OutputType } from '../../../shared/domain';
import type { CandidateResponse, ItemResponses } from '../../../shared/review';
import { ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';
import { judgment, label, queueOf, queueRow, reviewItem, session } from './review-fixtures';

type SaveInput = Parameters<RendererApi['labels.save']>[0];

const PAIRWISE: OutputType = { kind: 'categories', categories: ['A', 'B', 'tie'] };

const answer = (runId: number, model: string): CandidateResponse => ({
  runId,
  runName: `${model} (fake)`,
  provider: 'fake',
  model,
  response: `${model} says hello`,
  truncated: false,
});

/** Item `id` with correctness and helpfulness verdicts, plus the pairwise judge's A (judgment 10·id+2). */
function comparedItem(id: number): ItemDetail {
  const item = reviewItem(id);
  const preference = judgment(id * 10 + 2, 'preference', { outputType: PAIRWISE, label: 'A' });
  return { ...item, judgments: [...item.judgments, preference] };
}

const [modelA, modelB, modelC] = [answer(5, 'model-a'), answer(6, 'model-b'), answer(7, 'model-c')];
const pairOf = (id: number) => ({ judgmentId: id * 10 + 2, judge: 'preference', a: modelA, b: modelB });
const comparedResponses = (id: number): ItemResponses => ({ responses: [modelA, modelB], pairs: [pairOf(id)] });

describe('which pair is shown', () => {
  it('shows the pair the reviewed pairwise verdict compared', () => {
    const shown = sideBySideOf(comparedItem(1), comparedResponses(1), null, 'correctness');
    expect(shown).toMatchObject({ kind: 'judged', pair: pairOf(1), judgment: { id: 12, label: 'A' } });
  });

  it('shows the first two answers, unrated, when no pairwise verdict is under review', () => {
    const responses = { responses: [modelA, modelB, modelC], pairs: [pairOf(1)] };
    // The session rates correctness only: the pairwise verdict is not part of it.
    const shown = sideBySideOf(comparedItem(1), responses, session({ judges: ['correctness'] }), null);
    expect(shown).toEqual({ kind: 'unjudged', a: modelA, b: modelB, of: 3 });
  });

  it('has nothing to show with fewer than two answers, or before they were loaded', () => {
    expect(sideBySideOf(comparedItem(1), { responses: [modelA], pairs: [] }, null, null)).toBeNull();
    expect(sideBySideOf(comparedItem(1), null, null, null)).toBeNull();
  });

  it('knows an item may have two answers from its A / B / tie verdict, or from its answer count', () => {
    expect(mayCompare(comparedItem(1))).toBe(true);
    expect(mayCompare(reviewItem(1))).toBe(false);
    expect(mayCompare({ ...reviewItem(1), answers: 1 })).toBe(false);
    expect(mayCompare({ ...reviewItem(1), answers: 2 })).toBe(true);
  });
});

describe('side-by-side keys', () => {
  const sideBySide: KeyContext = {
    target: 'page',
    focusedScale: 'categories',
    cheatsheetOpen: false,
    sideBySide: true,
  };
  const usual: KeyContext = { ...sideBySide, sideBySide: false };

  it('prefers A, B or a tie with letters and digits', () => {
    for (const [key, preference] of [
      ['a', 'A'],
      ['1', 'A'],
      ['b', 'B'],
      ['2', 'B'],
      ['t', 'tie'],
      ['0', 'tie'],
    ]) {
      expect(reviewKeyAction({ key: key!, ctrlKey: false, metaKey: false, altKey: false }, sideBySide)).toEqual({
        type: 'prefer',
        preference,
      });
    }
    expect(reviewKeyAction({ key: '5', ctrlKey: false, metaKey: false, altKey: false }, sideBySide)).toBeNull();
  });

  it('keeps a, t and the digits for the usual view, and p switches in both', () => {
    const press = (key: string, context: KeyContext) =>
      reviewKeyAction({ key, ctrlKey: false, metaKey: false, altKey: false }, context);
    expect(press('a', usual)).toEqual({ type: 'toggle-audit' });
    expect(press('t', usual)).toEqual({ type: 'focus-tags' });
    expect(press('1', usual)).toEqual({ type: 'set-digit', digit: 1 });
    expect(press('p', usual)).toEqual({ type: 'toggle-side-by-side' });
    expect(press('p', sideBySide)).toEqual({ type: 'toggle-side-by-side' });
    expect(press('b', { ...sideBySide, target: 'text' })).toBeNull();
  });
});

describe('saving a preference', () => {
  async function desk(overrides: Partial<RendererApi> = {}) {
    const faked = createFakeApi({
      'review.queue': vi.fn(async () => queueOf([queueRow(1), queueRow(2)])),
      'items.get': vi.fn(async ({ id }: { id: number }) => ok(comparedItem(id))),
      'review.responses': vi.fn(async ({ itemId }: { itemId: number }) => ok(comparedResponses(itemId))),
      'labels.save': vi.fn(async (input: SaveInput) =>
        ok(label(99, { judge: input.judge, action: input.action, label: input.label })),
      ),
    });
    // Answers a test swaps in for this desk's defaults.
    Object.assign(faked.api, overrides);
    const store = createGavelStore(faked.api);
    await store.getState().chooseReviewer('Dana');
    await store.getState().chooseReviewDataset(1);
    await flush();
    return { ...faked, store };
  }
  const saved = (api: { 'labels.save': unknown }) =>
    (api['labels.save'] as ReturnType<typeof vi.fn>).mock.calls.map(([input]) => input as SaveInput);

  it('loads the answers with an item that has a pairwise verdict, and focuses its judge side by side', async () => {
    const { store } = await desk();
    expect(store.getState().reviewItem.responses).toEqual(comparedResponses(1));
    await store.getState().toggleSideBySide();
    expect(store.getState().reviewItem).toMatchObject({ sideBySide: true, focusedJudge: 'preference' });
  });

  it('saves B against the judge’s A as an override with my rationale, then opens the next item', async () => {
    const { api, store } = await desk();
    await store.getState().toggleSideBySide();
    store.getState().setDraftValue('preference', { score: null, label: 'B', pass: null });
    store.getState().setDraftRationale('preference', 'B names the plan.');
    await store.getState().preferVerdict('preference');
    expect(saved(api)).toEqual([
      expect.objectContaining({
        itemId: 1,
        judge: 'preference',
        action: 'override',
        label: 'B',
        rationale: 'B names the plan.',
        judgmentId: 12,
      }),
    ]);
    expect(store.getState().reviewItem).toMatchObject({
      itemId: 2,
      sideBySide: true,
      focusedJudge: 'preference',
      lastSaved: { itemKey: 'k1', label: { judge: 'preference', action: 'override', label: 'B' } },
    });
  });

  it('agrees with the judge side by side, then opens the next item rather than a judge the view hides', async () => {
    const { api, store } = await desk();
    await store.getState().toggleSideBySide();
    await store.getState().confirmVerdict('preference');
    expect(saved(api)).toEqual([expect.objectContaining({ judge: 'preference', action: 'confirm' })]);
    expect(store.getState().reviewItem).toMatchObject({ itemId: 2, focusedJudge: 'preference' });
  });

  it('confirms when my preference is the judge’s', async () => {
    const { api, store } = await desk();
    store.getState().setDraftValue('preference', { score: null, label: 'A', pass: null });
    await store.getState().preferVerdict('preference');
    expect(saved(api)).toEqual([expect.objectContaining({ judge: 'preference', action: 'confirm', judgmentId: 12 })]);
  });

  it('reveals a blind verdict before it saves', async () => {
    const { api, store } = await desk({
      'sessions.get': vi.fn(async () => ok(session({ blind: true, judges: ['preference'] }))),
    });
    await store.getState().chooseReviewSession(3);
    await flush();
    store.getState().setDraftValue('preference', { score: null, label: 'tie', pass: null });
    const reads = (api['items.get'] as ReturnType<typeof vi.fn>).mock.calls.length;
    await store.getState().preferVerdict('preference');
    // The reveal is my blind rating saved; the verdict then comes from reading the item again as me.
    expect(saved(api)).toEqual([
      expect.objectContaining({
        action: 'override',
        label: 'tie',
        blind: { score: null, label: 'tie', pass: null },
        requireRationale: false,
      }),
    ]);
    expect(api['items.get']).toHaveBeenCalledTimes(reads + 1);
    expect(api['items.get']).toHaveBeenLastCalledWith({ id: 1, reviewer: 'Dana' });
    expect(store.getState().reviewItem.drafts.preference?.blindRating).toEqual({
      score: null,
      label: 'tie',
      pass: null,
    });
  });

  it('asks for the answers of any item once side by side is on', async () => {
    const responses = vi.fn(async () => ok<ItemResponses>({ responses: [modelA, modelC], pairs: [] }));
    const { store } = await desk({
      'items.get': vi.fn(async ({ id }: { id: number }) => ok(reviewItem(id))),
      'review.responses': responses,
    });
    expect(responses).not.toHaveBeenCalled();
    await store.getState().toggleSideBySide();
    expect(responses).toHaveBeenCalledWith({ itemId: 1 });
    expect(store.getState().reviewItem.responses?.responses).toEqual([modelA, modelC]);
    await store.getState().moveItem(1);
    expect(responses).toHaveBeenLastCalledWith({ itemId: 2 });
  });
});
