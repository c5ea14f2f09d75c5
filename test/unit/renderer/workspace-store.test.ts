import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { DatasetSummary } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';

const qa: DatasetSummary = {
  id: 1,
  name: 'qa',
  items: 5,
  createdAt: '2025-01-01T00:00:00Z',
  sourceFormat: 'csv',
  judges: [],
  reviewed: {},
};

describe('workspace slice', () => {
  it('loads the workspace and its datasets on start', async () => {
    const { api } = createFakeApi({ 'datasets.list': vi.fn(async () => ok([qa])) });
    const store = createGavelStore(api);
    store.getState().start();
    await flush();
    const { workspace } = store.getState();
    expect(workspace.info?.path).toBe('/tmp/test.gavel');
    expect(workspace.datasets).toEqual([qa]);
    expect(workspace.loaded).toBe(true);
    expect(workspace.error).toBeNull();
  });

  it('re-reads the datasets when the main process says the workspace changed', async () => {
    const list = vi.fn(async () => ok<DatasetSummary[]>([]));
    const { api, emit } = createFakeApi({ 'datasets.list': list });
    const store = createGavelStore(api);
    store.getState().start();
    await flush();
    list.mockResolvedValueOnce(ok([qa]));
    emit({ type: 'workspace.changed' });
    await flush();
    expect(list).toHaveBeenCalledTimes(2);
    expect(store.getState().workspace.datasets).toEqual([qa]);
  });

  it('stops listening when the unsubscribe returned by start is called', async () => {
    const { api, listeners } = createFakeApi();
    const stop = createGavelStore(api).getState().start();
    expect(listeners.size).toBe(1);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('keeps a failed list as an error to show', async () => {
    const { api } = createFakeApi({
      'datasets.list': vi.fn(async () => fail('WORKSPACE_ERROR', 'database is locked')),
    });
    const store = createGavelStore(api);
    await store.getState().refreshWorkspace();
    expect(store.getState().workspace.error).toEqual({ code: 'WORKSPACE_ERROR', message: 'database is locked' });
    store.getState().dismissWorkspaceError();
    expect(store.getState().workspace.error).toBeNull();
  });

  it('deletes a dataset, closes it if open, and re-reads the list', async () => {
    const list = vi.fn(async () => ok([qa]));
    const { api } = createFakeApi({ 'datasets.list': list });
    const store = createGavelStore(api);
    store.getState().openDataset(qa.id);
    list.mockResolvedValueOnce(ok([]));
    await store.getState().deleteDataset(qa.id);
    expect(api['datasets.delete']).toHaveBeenCalledWith({ id: qa.id });
    expect(store.getState().openDatasetId).toBeNull();
    expect(store.getState().workspace.datasets).toEqual([]);
  });

  it('shows a failed delete and leaves the list alone', async () => {
    const { api } = createFakeApi({ 'datasets.delete': vi.fn(async () => fail('NOT_FOUND', 'No dataset 9')) });
    const store = createGavelStore(api);
    await store.getState().deleteDataset(9);
    expect(store.getState().workspace.error?.code).toBe('NOT_FOUND');
    expect(api['datasets.list']).not.toHaveBeenCalled();
  });
});
