// The Align view's store, the search: it starts the search with the form's options and follows it
// until its sealed test is in; its words say the result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALIGN_SEARCH_POLL_MS } from '../../../renderer/src/store/slices/align/align-search';
import {
  differenceText,
  pValueText,
  sealedTestHeading,
  searchVerdict,
} from '../../../renderer/src/views/align/align-wording';
import { fail, ok } from '../../../shared/result';
import { runProgress } from './calibration-fixtures';
import { aligning, finished, search } from './align-fixtures';

afterEach(() => {
  vi.useRealTimers();
});

describe('the search', () => {
  it('takes the search’s next step each time the runs it waits for end, until its sealed test is in', async () => {
    vi.useFakeTimers();
    const start = vi
      .fn()
      .mockResolvedValueOnce(ok({ search: search(), estimate: null, pending: [11] }))
      .mockResolvedValueOnce(ok({ search: search({ phase: 'test', candidates: 3 }), estimate: null, pending: [12] }))
      .mockResolvedValue(ok({ search: finished, estimate: null, pending: [] }));
    const runs = new Map<number, string[]>([
      [11, ['running', 'done']],
      [12, ['done']],
    ]);
    const getRun = vi.fn(async ({ id }: { id: number }) => ok({ id, status: runs.get(id)!.shift() } as never));
    const get = vi.fn(async () => ok(search({ cost: 0.08 })));
    const { store } = aligning({
      'align.start': start,
      'align.get': get,
      'runs.get': getRun,
      'align.list': vi.fn(async () => ok([])),
    });
    await store.getState().openAlign();
    store.getState().editAlignSearchForm({ budget: 0.5, acceptedOnly: true });
    await store.getState().startAlignSearch();
    expect(start).toHaveBeenCalledWith({
      judge: 'triage',
      version: 3,
      budget: 0.5,
      acceptedOnly: true,
      withoutModel: false,
    });
    expect(store.getState().alignSearch).toMatchObject({ pending: [11], search: { status: 'running' } });

    store.getState().alignSearchRunProgressed(runProgress(11, 4));
    store.getState().alignSearchRunProgressed(runProgress(99, 1));
    expect(store.getState().alignSearch.progress).toMatchObject({ runId: 11, done: 4 });

    // Run 11 still going: the search is only re-read.
    await vi.advanceTimersByTimeAsync(ALIGN_SEARCH_POLL_MS);
    expect(start).toHaveBeenCalledTimes(1);
    expect(store.getState().alignSearch.search?.cost).toBe(0.08);
    // Run 11 done: the next step, which waits for run 12.
    await vi.advanceTimersByTimeAsync(ALIGN_SEARCH_POLL_MS);
    expect(start).toHaveBeenLastCalledWith({ resume: 5 });
    expect(store.getState().alignSearch).toMatchObject({ pending: [12], search: { phase: 'test' } });
    // Run 12 done: the last step, with the sealed test.
    await vi.advanceTimersByTimeAsync(ALIGN_SEARCH_POLL_MS);
    expect(store.getState().alignSearch).toMatchObject({
      pending: [],
      progress: null,
      search: { status: 'done', promoted: true, to_version: 4 },
    });
    await vi.advanceTimersByTimeAsync(ALIGN_SEARCH_POLL_MS * 3);
    expect(start).toHaveBeenCalledTimes(3);
    expect(getRun).toHaveBeenCalledTimes(3);
  });

  it('re-reads a search it does not drive, and goes on with it when asked', async () => {
    vi.useFakeTimers();
    const get = vi.fn(async () => ok(search({ phase: 'dev' })));
    const start = vi.fn(async () => ok({ search: finished, estimate: null, pending: [] }));
    const { store } = aligning({
      'align.list': vi.fn(async () => ok([search({ id: 5 })])),
      'align.get': get,
      'align.start': start,
    });
    await store.getState().openAlign();
    await vi.advanceTimersByTimeAsync(ALIGN_SEARCH_POLL_MS);
    expect(get).toHaveBeenCalledWith({ id: 5 });
    expect(start).not.toHaveBeenCalled();
    await store.getState().resumeAlignSearch();
    expect(start).toHaveBeenCalledWith({ resume: 5 });
    expect(store.getState().alignSearch.search?.status).toBe('done');
  });

  it('estimates without starting (grouping as the view chose), and resumes a paused search with the new budget', async () => {
    const estimate = {
      judge: 'triage',
      fromVersion: 3,
      devItems: 70,
      testItems: 30,
      failures: 12,
      candidates: 4,
      themes: 0.01,
      runs: 0.2,
      total: 0.21,
    };
    const start = vi
      .fn()
      .mockResolvedValueOnce(ok({ search: null, estimate, pending: [] }))
      .mockResolvedValue(
        ok({ search: search({ id: 5, status: 'paused', message: 'budget reached' }), estimate: null, pending: [] }),
      );
    const { store } = aligning({ 'align.start': start });
    await store.getState().openAlign();
    await store.getState().setAlignWithoutModel(true);
    await store.getState().estimateAlignSearch();
    expect(start).toHaveBeenLastCalledWith({
      judge: 'triage',
      version: 3,
      acceptedOnly: false,
      withoutModel: true,
      dryRun: true,
    });
    expect(store.getState().alignSearch).toMatchObject({ estimate: { total: 0.21 }, search: { id: 5 } });
    store.getState().editAlignSearchForm({ budget: 1 });
    await store.getState().resumeAlignSearch();
    expect(start).toHaveBeenLastCalledWith({ resume: 5, budget: 1 });
  });

  it('shows why the search could not start', async () => {
    const { store } = aligning({
      'align.start': vi.fn(async () =>
        fail('UNAVAILABLE', 'The alignment search is not part of this build of Gavel yet.'),
      ),
    });
    await store.getState().openAlign();
    await store.getState().startAlignSearch();
    expect(store.getState().alignSearch).toMatchObject({
      starting: false,
      error: { message: 'The alignment search is not part of this build of Gavel yet.' },
    });
  });
});

describe('the result in words', () => {
  it('reads the difference in points with its interval, and the p-value', () => {
    expect(differenceText({ value: 0.2, ci: [0.05, 0.35] })).toBe('+20 pts (95% CI +5 pts – +35 pts)');
    expect(differenceText({ value: -0.04, ci: [null, null] })).toBe('−4 pts');
    expect(differenceText({ value: null, ci: [null, null] })).toBeNull();
    expect(pValueText(0.0078125)).toBe('p = 0.0078');
    expect(pValueText(0.0004)).toBe('p < 0.001');
  });

  it('heads the sealed test with its size, and with how many were measured when the experts split on some', () => {
    const test = finished.test!;
    const measuredOn = (n: number) => ({ ...test, before: { ...test.before!, n }, items: ['t1', 't2', 't3', 't4'] });
    expect(sealedTestHeading(measuredOn(4))).toBe('Sealed test: 4 items no guideline or example came from');
    expect(sealedTestHeading(measuredOn(2))).toBe(
      'Sealed test: 4 items no guideline or example came from, 2 of them with an agreed expert label',
    );
    expect(sealedTestHeading({ ...test, items: ['t1'], before: null })).toBe(
      'Sealed test: 1 item no guideline or example came from',
    );
  });

  it('says promoted, or no reliable improvement with the candidate kept, without repeating the search’s message', () => {
    expect(searchVerdict(finished)).toEqual({
      tone: 'pass',
      text: 'Promoted: version 4 is now the judge’s current version.',
    });
    // The message a finished search stores (as `gavel align` prints it) says the same in other numbers.
    const message =
      'No reliable improvement: +0.000 (95% CI +0.000 to +0.000) on 4 sealed test items; v4 is kept as a candidate and v3 stays current. Tried 6 candidates.';
    expect(searchVerdict({ ...finished, promoted: false, message })).toEqual({
      tone: 'fail',
      text: 'No reliable improvement: version 4 is kept as a candidate and version 3 stays current.',
    });
    expect(searchVerdict(search())).toBeNull();
  });
});
