// The Align view's store, opening and grouping: opened on the Calibration view's judge, it reads the
// stored proposals and what grouping would cost, groups on request and records the expert's decisions.
import { describe, expect, it, vi } from 'vitest';
import type { Proposal } from '../../../shared/align';
import { fail, ok } from '../../../shared/result';
import { deferred } from './fake-api';
import { aligning, proposal, theme, themes } from './align-fixtures';

describe('opening the Align view', () => {
  it('reads the stored proposals, what grouping would cost, and the judge’s newest search', async () => {
    const { api, store } = aligning();
    await store.getState().openAlign();
    const { align, alignSearch } = store.getState();
    expect(api['align.themes']).toHaveBeenCalledWith({
      judge: 'triage',
      version: 3,
      withoutModel: false,
      dryRun: true,
    });
    expect(align).toMatchObject({ judge: 'triage', version: 3, failures: 6, themes: null, loading: false });
    expect(align.estimate?.usd).toBe(0.004);
    expect(align.proposals.map((p) => p.status)).toEqual(['accepted']);
    expect(api['align.list']).toHaveBeenCalledWith({ judge: 'triage' });
    expect(alignSearch.search?.id).toBe(5);
  });

  it('drops answers that arrive after the view was closed', async () => {
    const held = deferred<ReturnType<typeof ok<Proposal[]>>>();
    const { store } = aligning({ 'align.proposals': vi.fn(() => held.promise) });
    const opening = store.getState().openAlign();
    store.getState().closeAlign();
    held.resolve(ok([proposal(7)]));
    await opening;
    expect(store.getState().align).toMatchObject({ judge: null, proposals: [] });
  });
});

describe('themes and proposals', () => {
  it('groups on request and lists every proposal again, decided ones included', async () => {
    const proposals = vi
      .fn()
      .mockResolvedValueOnce(ok([proposal(1, { status: 'accepted' })]))
      .mockResolvedValue(ok([proposal(1, { status: 'accepted' }), proposal(2)]));
    const { api, store } = aligning({ 'align.proposals': proposals });
    await store.getState().openAlign();
    await store.getState().groupFailures();
    expect(api['align.themes']).toHaveBeenLastCalledWith({ judge: 'triage', version: 3, withoutModel: false });
    const { align } = store.getState();
    expect(align.themes).toEqual([theme]);
    expect(align.cost).toBe(0.003);
    expect(align.proposals.map((p) => p.id)).toEqual([1, 2]);
  });

  it('estimates again when told to group without the model, and groups so', async () => {
    const grouping = vi.fn(async ({ withoutModel, dryRun }: { withoutModel?: boolean; dryRun?: boolean }) =>
      ok(themes({ estimate: withoutModel ? null : themes().estimate, themes: dryRun ? [] : [theme] })),
    );
    const { store } = aligning({ 'align.themes': grouping });
    await store.getState().openAlign();
    expect(store.getState().align.estimate?.usd).toBe(0.004);
    await store.getState().setAlignWithoutModel(true);
    expect(grouping).toHaveBeenLastCalledWith({ judge: 'triage', version: 3, withoutModel: true, dryRun: true });
    expect(store.getState().align).toMatchObject({ withoutModel: true, estimate: null, failures: 6 });
    await store.getState().groupFailures();
    expect(grouping).toHaveBeenLastCalledWith({ judge: 'triage', version: 3, withoutModel: true });
    expect(store.getState().align.themes).toEqual([theme]);
  });

  it('records an edit as the expert’s wording and keeps a refused decision’s reason', async () => {
    const decide = vi
      .fn()
      .mockResolvedValueOnce(ok(proposal(1, { status: 'accepted', edited: 'Say the dose.' })))
      .mockResolvedValueOnce(fail('NOT_FOUND', 'No proposal with id 9.'));
    const { store } = aligning({ 'align.decide': decide });
    await store.getState().openAlign();
    await store.getState().decideProposal(1, 'edit', 'Say the dose.');
    expect(decide).toHaveBeenCalledWith({ proposalId: 1, decision: 'edit', text: 'Say the dose.' });
    expect(store.getState().align.proposals[0]).toMatchObject({ status: 'accepted', edited: 'Say the dose.' });
    await store.getState().decideProposal(9, 'reject');
    expect(decide).toHaveBeenLastCalledWith({ proposalId: 9, decision: 'reject' });
    expect(store.getState().align).toMatchObject({ deciding: null, error: { message: 'No proposal with id 9.' } });
  });

  it('opens an item of a theme beside the view, and closes it with the view', async () => {
    const { api, store } = aligning({
      'items.get': vi.fn(async () => ok({ id: 4 } as never)),
    });
    await store.getState().openAlign();
    await store.getState().openItem(4);
    expect(api['items.get']).toHaveBeenCalledWith({ id: 4 });
    expect(store.getState().detail.itemId).toBe(4);
    store.getState().closeAlign();
    expect(store.getState().detail.itemId).toBeNull();
  });
});
