// The review desk store's queue: filters, search, sort and pages, moving through items, sessions and
// the menu's commands.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { fail, ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';
import { desk } from './review-desk';
import { queueRow, reviewItem, session } from './review-fixtures';

afterEach(() => vi.useRealTimers());

describe('the queue', () => {
  it('asks review.queue again with the changed filter, from the first page', async () => {
    const { api, store } = await desk();
    await store.getState().setQueueFilter({ status: 'unreviewed', judge: 'helpfulness', scoreMax: 3 });
    expect(api['review.queue']).toHaveBeenLastCalledWith(
      expect.objectContaining({
        datasetId: 1,
        reviewer: 'Dana',
        offset: 0,
        filter: expect.objectContaining({ status: 'unreviewed', judge: 'helpfulness', scoreMax: 3 }),
      }),
    );
  });

  it('searches once typing pauses', async () => {
    const { api, store } = await desk();
    vi.useFakeTimers();
    const calls = api['review.queue'].mock.calls.length;
    store.getState().setQueueSearch('deduct');
    store.getState().setQueueSearch('deductible');
    expect(api['review.queue'].mock.calls.length).toBe(calls);
    await vi.advanceTimersByTimeAsync(400);
    expect(api['review.queue'].mock.calls.length).toBe(calls + 1);
    expect(api['review.queue']).toHaveBeenLastCalledWith(
      expect.objectContaining({ filter: expect.objectContaining({ search: 'deductible' }) }),
    );
  });

  it('sorts and pages', async () => {
    const { api, store } = await desk();
    await store.getState().setQueueSort('score_asc');
    expect(api['review.queue']).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'score_asc', offset: 0 }));
    await store.getState().showQueuePage(50);
    expect(api['review.queue']).toHaveBeenLastCalledWith(expect.objectContaining({ offset: 50, limit: 50 }));
  });
});

describe('moving through items', () => {
  const asked = (api: { 'items.get': ReturnType<typeof vi.fn> }) =>
    api['items.get'].mock.calls.map(([input]) => (input as { id: number }).id);

  it('fetches the next three items ahead, each once, and reads an item opened again afresh', async () => {
    const { api, store } = await desk([1, 2, 3, 4, 5, 6].map((id) => queueRow(id)));
    expect(asked(api)).toEqual([1, 2, 3, 4]);
    await store.getState().moveItem(1);
    await flush();
    expect(store.getState().reviewItem.item?.key).toBe(reviewItem(2).key);
    expect(asked(api)).toEqual([1, 2, 3, 4, 5]);
    await store.getState().moveItem(-1);
    await flush();
    expect(store.getState().reviewItem.item?.key).toBe(reviewItem(1).key);
    // Back on item 1: it and the item just left (2) are read again; 3 and 4 are still at hand.
    expect(asked(api)).toEqual([1, 2, 3, 4, 5, 1, 2]);
  });
});

describe('sessions', () => {
  it('creates a session from the form', async () => {
    const { api, store } = await desk(undefined, { 'sessions.create': vi.fn(async () => ok(session())) });
    store.getState().openSessionForm();
    store.getState().editSessionForm({
      name: 'Blind check',
      judges: ['correctness'],
      selection: 'sample',
      size: 5,
      seed: 2,
      blind: true,
      reviewers: 'Dana, Sam ,',
      instructions: 'Read **everything**.',
    });
    await store.getState().saveSession();
    expect(api['sessions.create']).toHaveBeenCalledWith({
      name: 'Blind check',
      datasetId: 1,
      instructions: 'Read **everything**.',
      judges: ['correctness'],
      selection: { kind: 'sample', size: 5, seed: 2 },
      blind: true,
      requireRationale: true,
      reviewers: ['Dana', 'Sam'],
    });
    expect(store.getState().sessions.form).toBeNull();
    expect(api['sessions.list']).toHaveBeenCalled();
  });

  it('opens a session on the review desk at the first item I have not finished', async () => {
    const done = { correctness: { score: null, label: 'yes', pass: true, action: 'confirm' as const } };
    const { store } = await desk([queueRow(1, done), queueRow(2), queueRow(3)]);
    store.getState().goTo('datasets');
    await store.getState().openSession(3);
    await flush();
    expect(store.getState().section).toBe('review');
    expect(store.getState().reviewQueue).toMatchObject({ index: 1, session: { id: 3 } });
    expect(store.getState().reviewItem.itemId).toBe(2);
  });
});

describe('menu commands', () => {
  it('go to settings and export, and open the import wizard on the chosen path', async () => {
    const { api, emit } = createFakeApi({ 'import.inspect': vi.fn(async () => fail('IMPORT_REJECTED', 'Empty file')) });
    const store = createGavelStore(api);
    store.getState().start();
    emit({ type: 'menu', command: 'settings' });
    expect(store.getState().section).toBe('settings');
    emit({ type: 'menu', command: 'export' });
    expect(store.getState().section).toBe('export');
    emit({ type: 'menu', command: 'import', path: '/data/evals/qa.jsonl' });
    await flush();
    expect(api['import.inspect']).toHaveBeenCalledWith(
      expect.objectContaining({ source: { kind: 'path', path: '/data/evals/qa.jsonl' } }),
    );
    expect(store.getState().importWizard).toMatchObject({ open: true, fileName: 'qa.jsonl', target: { name: 'qa' } });
  });
});
