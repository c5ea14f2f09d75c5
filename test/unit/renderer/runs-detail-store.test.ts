// The Runs store following runs: progress events, summaries re-read while a run works, the
// judgments table and two runs compared.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SUMMARY_REFRESH_MS } from '../../../renderer/src/store/slices/runs/run-detail';
import type { RunSummary } from '../../../shared/contract';
import { ok } from '../../../shared/result';
import { aggregate, progress, runDetail, runSummary } from './judging-fixtures';
import { runsPage } from './runs-page';

describe('runs slices', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
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

  it('carries the message of a run the runner paused into its summary', async () => {
    const { store, emit } = await runsPage();
    await store.getState().openRun(1);
    const message = 'Paused: provider "fake" refused the key or credentials on 3 calls in a row (HTTP 401).';

    emit({ type: 'run.progress', progress: progress(1, { status: 'paused', message }) });

    expect(store.getState().runDetail.run).toMatchObject({ id: 1, status: 'paused', message });
    expect(store.getState().runs.list.find((run) => run.id === 1)).toMatchObject({ status: 'paused', message });
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
