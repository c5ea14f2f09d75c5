import { describe, expect, it, vi } from 'vitest';
import type { ItemPage } from '../../../shared/contract';
import type { ItemRow } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { PAGE_SIZE, rowAt } from '../../../renderer/src/store/slices/dataset/table';
import { createFakeApi, deferred } from './fake-api';

const TOTAL = 100_000;

const row = (index: number): ItemRow => ({
  id: index + 1,
  key: `row-${index}`,
  request: `question ${index}`,
  response: `answer ${index}`,
  expected_response: null,
  verdicts: { correctness: { score: 4, label: null, pass: null, status: 'done' } },
});

/** items.page over a dataset of TOTAL rows. */
const pageOf = async ({ offset = 0, limit = PAGE_SIZE }: { offset?: number; limit?: number }) =>
  ok<ItemPage>({
    total: TOTAL,
    offset,
    judges: ['correctness'],
    rows: Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => row(offset + i)),
  });

const offsetsAsked = (pageFn: { mock: { calls: unknown[][] } }) =>
  pageFn.mock.calls.map(([input]) => (input as { offset: number }).offset);

function setup() {
  const page = vi.fn(pageOf);
  const { api } = createFakeApi({ 'items.page': page });
  return { store: createGavelStore(api), page };
}

describe('dataset table slice', () => {
  it('opens a dataset with its first page, learning the total and the judges', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);
    const { table } = store.getState();
    expect(page).toHaveBeenCalledWith({ datasetId: 3, offset: 0, limit: PAGE_SIZE });
    expect(table.total).toBe(TOTAL);
    expect(table.judges).toEqual(['correctness']);
    expect(rowAt(table.pages, 0)?.key).toBe('row-0');
    expect(rowAt(table.pages, PAGE_SIZE)).toBeUndefined();
  });

  it('fetches only the pages of the rows on screen that are not cached yet', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);

    await store.getState().showRows(0, 40);
    expect(offsetsAsked(page)).toEqual([0]);

    await store.getState().showRows(180, 420);
    expect(offsetsAsked(page)).toEqual([0, 200, 400]);

    await store.getState().showRows(150, 399);
    expect(offsetsAsked(page)).toEqual([0, 200, 400]);

    await store.getState().showRows(TOTAL - 30, TOTAL - 1);
    expect(offsetsAsked(page)).toEqual([0, 200, 400, TOTAL - PAGE_SIZE]);
    expect(rowAt(store.getState().table.pages, TOTAL - 1)?.key).toBe(`row-${TOTAL - 1}`);
    expect(rowAt(store.getState().table.pages, 201)?.key).toBe('row-201');
  });

  it('does not ask twice for a page already on its way', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);
    const slow = deferred<Result<ItemPage>>();
    page.mockReturnValueOnce(slow.promise);
    const first = store.getState().showRows(200, 230);
    const second = store.getState().showRows(210, 240);
    expect(offsetsAsked(page)).toEqual([0, 200]);
    slow.resolve(await pageOf({ offset: 200 }));
    await Promise.all([first, second]);
    expect(rowAt(store.getState().table.pages, 210)?.key).toBe('row-210');
  });

  it('drops a page that answers after another dataset was opened', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);
    const late = deferred<Result<ItemPage>>();
    page.mockReturnValueOnce(late.promise);
    const stale = store.getState().showRows(400, 420);
    await store.getState().loadTable(4);
    late.resolve(await pageOf({ offset: 400 }));
    await stale;
    const { table } = store.getState();
    expect(table.datasetId).toBe(4);
    expect(Object.keys(table.pages)).toEqual(['0']);
  });

  it('keeps a failed page as an error and fetches again only on retry', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);
    page.mockResolvedValueOnce(fail('WORKSPACE_ERROR', 'disk I/O error'));
    await store.getState().showRows(600, 620);
    expect(store.getState().table.error?.message).toBe('disk I/O error');

    await store.getState().showRows(600, 630);
    expect(offsetsAsked(page)).toEqual([0, 600]);

    await store.getState().retryTable();
    expect(offsetsAsked(page)).toEqual([0, 600, 600]);
    expect(store.getState().table.error).toBeNull();
    expect(rowAt(store.getState().table.pages, 600)?.key).toBe('row-600');
  });

  it('re-reads the pages on screen when the workspace changes, dropping the others', async () => {
    const { store, page } = setup();
    await store.getState().loadTable(3);
    await store.getState().showRows(1000, 1020);
    await store.getState().showRows(0, 20);
    page.mockClear();
    await store.getState().refreshTable();
    expect(offsetsAsked(page)).toEqual([0]);
    expect(Object.keys(store.getState().table.pages)).toEqual(['0']);
  });

  it('forgets the rows when the dataset is closed', async () => {
    const { store } = setup();
    store.getState().openDataset(3);
    await vi.waitFor(() => expect(store.getState().table.total).toBe(TOTAL));
    store.getState().closeDataset();
    expect(store.getState().table).toMatchObject({ datasetId: null, total: null, pages: {} });
  });
});
