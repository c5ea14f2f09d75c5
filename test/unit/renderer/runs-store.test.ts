import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { SUMMARY_REFRESH_MS } from '../../../renderer/src/store/slices/run-detail';
import { ESTIMATE_DELAY_MS } from '../../../renderer/src/store/slices/runs';
import type { RunDetail, RunEstimate, RunSummary } from '../../../shared/contract';
import type { DatasetSummary } from '../../../shared/domain';
import { ok } from '../../../shared/result';
import { createFakeApi } from './fake-api';
import { aggregate, progress, runDetail, runSummary } from './judging-fixtures';

const qa: DatasetSummary = { id: 1, name: 'qa', items: 100, createdAt: '', sourceFormat: 'csv', judges: [] };
const estimate: RunEstimate = {
  judgments: 50,
  cached: 5,
  requests: 45,
  inputTokens: 20_000,
  outputTokens: 4_000,
  cost: 0.012,
  unpricedModels: [],
};

describe('runs slices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function runsPage() {
    const fake = createFakeApi({
      'datasets.list': vi.fn(async () => ok([qa])),
      'runs.list': vi.fn(async () => ok([runSummary(1), runSummary(2, { status: 'done', done: 100 })])),
      'runs.get': vi.fn(async ({ id }: { id: number }) => ok<RunDetail>(runDetail(id))),
      'runs.estimate': vi.fn(async () => ok(estimate)),
      'runs.judgments': vi.fn(async (_input: unknown) => ok({ total: 0, rows: [] })),
    });
    const store = createGavelStore(fake.api);
    store.getState().start();
    await vi.advanceTimersByTimeAsync(1);
    await store.getState().loadRunsPage();
    return { ...fake, store };
  }

  it('estimates the plan once its edits pause, and only a complete plan', async () => {
    const { store, api } = await runsPage();
    store.getState().openLaunch();
    expect(store.getState().runLaunch.plan.datasetId).toBe(1);

    store.getState().editLaunch({ selection: 'sample', size: 50, seed: 7 });
    await vi.advanceTimersByTimeAsync(ESTIMATE_DELAY_MS);
    // No judge picked yet: nothing to estimate.
    expect(api['runs.estimate']).not.toHaveBeenCalled();

    store.getState().editLaunch({ judgeVersionIds: [10] });
    store.getState().editLaunch({ judgeVersionIds: [10, 11] });
    await vi.advanceTimersByTimeAsync(ESTIMATE_DELAY_MS);
    expect(api['runs.estimate']).toHaveBeenCalledOnce();
    expect(api['runs.estimate']).toHaveBeenCalledWith({
      datasetId: 1,
      judgeVersionIds: [10, 11],
      selection: { kind: 'sample', size: 50, seed: 7 },
    });
    expect(store.getState().runLaunch).toMatchObject({ estimate, estimating: false, error: null });

    // A changed plan drops the estimate of the old one until its own arrives.
    store.getState().editLaunch({ selection: 'first' });
    expect(store.getState().runLaunch.estimate).toBeNull();
    await vi.advanceTimersByTimeAsync(ESTIMATE_DELAY_MS);
    expect(api['runs.estimate']).toHaveBeenLastCalledWith(
      expect.objectContaining({ selection: { kind: 'first', size: 50 } }),
    );
  });

  it('starts the run, puts it first in the list and opens it', async () => {
    const started = runSummary(3, { name: 'nightly' });
    const { store, api } = await runsPage();
    api['runs.start'].mockResolvedValue(ok(started));
    api['runs.get'].mockResolvedValue(ok(runDetail(3, { name: 'nightly' })));
    store.getState().openLaunch();
    store.getState().editLaunch({ judgeVersionIds: [10], name: '  nightly ' });
    await vi.advanceTimersByTimeAsync(ESTIMATE_DELAY_MS);

    await store.getState().startRun();
    expect(api['runs.start']).toHaveBeenCalledWith({
      datasetId: 1,
      judgeVersionIds: [10],
      selection: { kind: 'all' },
      name: 'nightly',
    });
    const state = store.getState();
    expect(state.runLaunch.open).toBe(false);
    expect(state.runs.list.map((run) => run.id)).toEqual([3, 1, 2]);
    expect(state.runDetail).toMatchObject({ runId: 3, run: { name: 'nightly' } });
    expect(api['runs.judgments']).toHaveBeenCalledWith({ id: 3, offset: 0, limit: 50 });
  });

  it('applies a progress event to its own run only', async () => {
    const { store, emit } = await runsPage();
    await store.getState().openRun(1);

    emit({ type: 'run.progress', progress: progress(2, { status: 'running', done: 40, errors: 2 }) });
    let state = store.getState();
    expect(state.runs.list.find((run) => run.id === 2)).toMatchObject({ status: 'running', done: 40, errors: 2 });
    expect(state.runDetail.run).toMatchObject({ id: 1, done: 0, errors: 0 });
    expect(state.runDetail.progress).toBeNull();

    const event = progress(1, { done: 10, errors: 1, cost: 0.02 });
    emit({ type: 'run.progress', progress: event });
    state = store.getState();
    expect(state.runDetail.progress).toEqual(event);
    expect(state.runDetail.run).toMatchObject({ id: 1, done: 10, errors: 1, cost: 0.02, status: 'running' });
    expect(state.runs.list.find((run) => run.id === 1)).toMatchObject({ done: 10, errors: 1 });
    expect(state.runs.list.find((run) => run.id === 2)).toMatchObject({ done: 40 });
  });

  it('re-reads the summary now and then while the run works, and at once when it stops', async () => {
    const { store, emit, api } = await runsPage();
    await store.getState().openRun(1);
    api['runs.get'].mockClear();
    api['runs.judgments'].mockClear();

    for (let done = 1; done <= 5; done++) emit({ type: 'run.progress', progress: progress(1, { done }) });
    expect(api['runs.get']).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(SUMMARY_REFRESH_MS);
    expect(api['runs.get']).toHaveBeenCalledOnce();

    api['runs.get'].mockResolvedValueOnce(
      ok(runDetail(1, { status: 'done', done: 99, errors: 1, aggregates: [aggregate('correctness')] })),
    );
    emit({ type: 'run.progress', progress: progress(1, { status: 'done', done: 99, errors: 1 }) });
    await vi.advanceTimersByTimeAsync(1);
    expect(api['runs.get']).toHaveBeenCalledTimes(2);
    expect(api['runs.judgments']).toHaveBeenCalledOnce();
    expect(store.getState().runDetail.run).toMatchObject({ status: 'done', aggregates: [{ judge: 'correctness' }] });
  });

  it.each([
    ['runs.cancel', 'cancelled'],
    ['runs.pause', 'paused'],
    ['runs.resume', 'running'],
    ['runs.retryErrors', 'running'],
  ] as const)('%s steers the open run and shows its new status', async (channel, status) => {
    const answer = vi.fn(async ({ id }: { id: number }) => ok<RunSummary>(runSummary(id, { status })));
    const { store, api } = await runsPage();
    api[channel].mockImplementation(answer);
    await store.getState().openRun(2);
    await store.getState().steerRun(channel);
    expect(answer).toHaveBeenCalledWith({ id: 2 });
    for (const other of ['runs.cancel', 'runs.pause', 'runs.resume', 'runs.retryErrors'] as const) {
      if (other !== channel) expect(api[other]).not.toHaveBeenCalled();
    }
    const state = store.getState();
    expect(state.runDetail).toMatchObject({ acting: false, error: null, run: { id: 2, status } });
    expect(state.runs.list.find((run) => run.id === 2)?.status).toBe(status);
  });

  it('pages and filters the judgments', async () => {
    const { store, api } = await runsPage();
    api['runs.judgments'].mockResolvedValue(ok({ total: 120, rows: [] }));
    await store.getState().openRun(1);
    await store.getState().showJudgments({ offset: 50 });
    expect(api['runs.judgments']).toHaveBeenLastCalledWith({ id: 1, offset: 50, limit: 50 });
    await store.getState().showJudgments({ status: 'error' });
    expect(api['runs.judgments']).toHaveBeenLastCalledWith({ id: 1, status: 'error', offset: 0, limit: 50 });
    expect(store.getState().runDetail.judgments).toMatchObject({ status: 'error', offset: 0, total: 120 });
  });

  it('loads two runs to compare once both are picked', async () => {
    const { store, api } = await runsPage();
    await store.getState().compareRuns(1, null);
    expect(api['runs.get']).not.toHaveBeenCalled();
    await store.getState().compareRuns(1, 2);
    expect(store.getState().runCompare).toMatchObject({ a: 1, b: 2, runA: { id: 1 }, runB: { id: 2 }, loading: false });
  });
});
