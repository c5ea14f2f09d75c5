// The Align view's store: opened on the Calibration view's judge, it reads the stored proposals and
// what grouping would cost, groups on request, records the expert's decisions, starts the search
// with the form's options and follows it until its sealed test is in; its words say the result.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RendererApi } from '../../../renderer/src/api/types';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { ALIGN_SEARCH_POLL_MS } from '../../../renderer/src/store/slices/align/align-search';
import {
  differenceText,
  pValueText,
  sealedTestHeading,
  searchVerdict,
} from '../../../renderer/src/views/align/align-wording';
import type { AlignSearchView, AlignThemesResult, Proposal, Theme } from '../../../shared/align';
import type { JudgeAgreement } from '../../../shared/contract';
import { fail, ok } from '../../../shared/result';
import { agreementResult, runProgress } from './calibration-fixtures';
import { createFakeApi, deferred } from './fake-api';

afterEach(() => {
  vi.useRealTimers();
});

const proposal = (id: number, changes: Partial<Proposal> = {}): Proposal => ({
  id,
  themeId: id,
  theme: `theme ${id}`,
  guideline: `Guideline ${id}.`,
  edited: null,
  status: 'proposed',
  rationales: [{ itemKey: `k${id}`, text: `Why ${id}` }],
  diff: [{ value: 'Rubric.\n' }, { added: true, value: `Guideline ${id}.\n` }],
  ...changes,
});

const theme: Theme = {
  id: 1,
  theme: 'rewards confident tone',
  itemIds: [4, 9],
  itemKeys: ['k4', 'k9'],
  source: 'tags',
};

const themes = (changes: Partial<AlignThemesResult> = {}): AlignThemesResult => ({
  judge: 'triage',
  version: 3,
  failures: 6,
  themes: [],
  proposals: [],
  estimate: { inputTokens: 1200, outputTokens: 300, usd: 0.004 },
  cost: 0,
  ...changes,
});

const search = (changes: Partial<AlignSearchView> = {}): AlignSearchView => ({
  id: 5,
  judge: 'triage',
  from_version: 3,
  to_version: null,
  themes: [],
  candidates: 0,
  test: null,
  promoted: false,
  cost: 0,
  status: 'running',
  phase: 'dev',
  message: null,
  tried: [],
  ...changes,
});

const agreement = (accuracy: number) =>
  ({ ...agreementResult({ binary: { ...agreementResult().binary, accuracy } }) }) as JudgeAgreement;

const finished = search({
  to_version: 4,
  candidates: 3,
  status: 'done',
  phase: 'test',
  promoted: true,
  cost: 0.12,
  test: {
    items: ['t1', 't2'],
    before: agreement(0.6),
    after: agreement(0.8),
    difference: { value: 0.2, ci: [0.05, 0.35] },
    p_value: 0.0078125,
  },
});

function aligning(overrides: Partial<RendererApi> = {}) {
  const { api } = createFakeApi({
    'align.proposals': vi.fn(async () => ok([proposal(1, { status: 'accepted' })])),
    'align.themes': vi.fn(async ({ dryRun }: { dryRun?: boolean }) =>
      ok(dryRun ? themes() : themes({ themes: [theme], proposals: [proposal(2)], cost: 0.003 })),
    ),
    'align.list': vi.fn(async () => ok([search({ id: 2, status: 'done' }), search({ id: 5, status: 'paused' })])),
  });
  Object.assign(api, overrides);
  const store = createGavelStore(api);
  store.setState((s) => ({ calibration: { ...s.calibration, judge: 'triage', version: 3 } }));
  return { api, store };
}

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
