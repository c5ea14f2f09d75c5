import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { ItemDetail } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { createFakeApi, deferred } from './fake-api';

const item = (id: number): ItemDetail => ({
  id,
  datasetId: 1,
  key: `k${id}`,
  request: 'q',
  response: 'a',
  expected_response: null,
  expected_facts: null,
  guidelines: null,
  retrieved_context: null,
  metadata: {},
  sourceRow: {},
  judgments: [],
  labels: [],
  answers: 0,
});

describe('item detail slice', () => {
  it('loads the item asked for', async () => {
    const { api } = createFakeApi({ 'items.get': vi.fn(async ({ id }: { id: number }) => ok(item(id))) });
    const store = createGavelStore(api);
    await store.getState().openItem(5);
    expect(store.getState().detail).toMatchObject({ itemId: 5, loading: false, error: null, item: { key: 'k5' } });
  });

  it('shows only the last item asked for when answers come back out of order', async () => {
    const slow = deferred<Result<ItemDetail>>();
    const get = vi.fn(async ({ id }: { id: number }) => ok(item(id)));
    const { api } = createFakeApi({ 'items.get': get });
    const store = createGavelStore(api);
    get.mockReturnValueOnce(slow.promise);
    const first = store.getState().openItem(1);
    await store.getState().openItem(2);
    slow.resolve(ok(item(1)));
    await first;
    expect(store.getState().detail.item?.key).toBe('k2');
  });

  it('keeps a failed load as an error', async () => {
    const { api } = createFakeApi({ 'items.get': vi.fn(async () => fail('NOT_FOUND', 'No item 9')) });
    const store = createGavelStore(api);
    await store.getState().openItem(9);
    expect(store.getState().detail).toMatchObject({ itemId: 9, item: null, error: { code: 'NOT_FOUND' } });
  });
});
