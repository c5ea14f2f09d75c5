import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGavelStore, type GavelStore } from '../../../renderer/src/store/create-store';
import { isAuditOn } from '../../../renderer/src/store/slices/review/review-audit';
import type { RendererApi } from '../../../renderer/src/api/types';
import type { LabelView } from '../../../shared/domain';
import type { QueueRow } from '../../../shared/review';
import { reviewedJudgments } from '../../../renderer/src/store/review-values';
import { fail, ok } from '../../../shared/result';
import { createFakeApi, flush } from './fake-api';
import { label, queueOf, queueRow, reviewItem, session } from './review-fixtures';

type SaveInput = Parameters<RendererApi['labels.save']>[0];

/** A desk on dataset 1 reviewed by Dana, its queue holding `rows`, the first item open. */
async function desk(rows: QueueRow[] = [queueRow(1), queueRow(2)], overrides: Partial<RendererApi> = {}) {
  const faked = createFakeApi({
    'review.queue': vi.fn(async () => queueOf(rows)),
    'items.get': vi.fn(async ({ id }: { id: number }) => ok(reviewItem(id))),
    'labels.save': vi.fn(async (input: SaveInput) =>
      ok(label(99, { judge: input.judge, action: input.action, blind: input.blind ?? null })),
    ),
    'sessions.get': vi.fn(async () => ok(session())),
  });
  Object.assign(faked.api, overrides);
  const store = createGavelStore(faked.api);
  await store.getState().chooseReviewer('Dana');
  await store.getState().chooseReviewDataset(1);
  await flush();
  return { ...faked, store };
}

/**
 * A blind desk over a server that withholds the verdicts of judges Dana has not rated, as the core
 * does: the desk can only show what items.get returns for her.
 */
async function blindDesk() {
  const labels: LabelView[] = [];
  const itemsGet = vi.fn(async ({ id, reviewer }: { id: number; reviewer?: string }) => {
    const item = reviewItem(id);
    const rated = new Set(
      labels.filter((l) => l.reviewer === reviewer && ['confirm', 'override'].includes(l.action)).map((l) => l.judge),
    );
    const judgments = item.judgments.map((j) =>
      rated.has(j.judge) ? j : { ...j, score: null, label: null, pass: null, justification: null },
    );
    return ok({ ...item, judgments, labels: [...labels] });
  });
  const faked = await desk([queueRow(1)], {
    'sessions.get': vi.fn(async () => ok(session({ blind: true }))),
    'items.get': itemsGet,
    'labels.undo': vi.fn(async () => {
      labels.pop();
      return ok({ restored: null });
    }),
    'labels.save': vi.fn(async (input: SaveInput) => {
      const stored = label(labels.length + 1, {
        judge: input.judge,
        reviewer: input.reviewer,
        action: input.action,
        score: input.score,
        label: input.label,
        pass: input.pass,
        blind: input.blind,
      });
      labels.push(stored);
      return ok(stored);
    }),
  });
  await faked.store.getState().chooseReviewSession(3);
  await flush();
  return { ...faked, itemsGet };
}
const saved = (api: { 'labels.save': unknown }) =>
  (api['labels.save'] as ReturnType<typeof vi.fn>).mock.calls.map(([input]) => input as SaveInput);

afterEach(() => vi.useRealTimers());

describe('reviewer identity', () => {
  it('ensures the reviewer and keeps the name', async () => {
    const { api, store } = await desk();
    expect(api['reviewers.ensure']).toHaveBeenCalledWith({ name: 'Dana' });
    expect(store.getState().reviewQueue.reviewer).toBe('Dana');
    store.getState().switchReviewer();
    expect(store.getState().reviewQueue.reviewer).toBeNull();
  });

  it('offers the reviewers the workspace knows', async () => {
    const { api } = createFakeApi({
      'reviewers.list': vi.fn(async () => ok([{ id: 1, name: 'Sam', labels: 4 }])),
    });
    const store = createGavelStore(api);
    await store.getState().loadKnownReviewers();
    expect(store.getState().reviewQueue.knownReviewers).toEqual(['Sam']);
  });

  it('shows why a name was refused', async () => {
    const { api } = createFakeApi({ 'reviewers.ensure': vi.fn(async () => fail('INVALID_INPUT', 'Too long')) });
    const store = createGavelStore(api);
    await store.getState().chooseReviewer('x'.repeat(200));
    expect(store.getState().reviewQueue).toMatchObject({ reviewer: null, reviewerError: { code: 'INVALID_INPUT' } });
  });
});

describe('saving labels', () => {
  it('confirms the focused judgment, shows it saved, and moves to the next judge I have not labelled', async () => {
    const { api, store } = await desk();
    expect(store.getState().reviewItem).toMatchObject({ itemId: 1, focusedJudge: 'correctness' });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({
        itemId: 1,
        judge: 'correctness',
        reviewer: 'Dana',
        action: 'confirm',
        judgmentId: 10,
        sessionId: null,
        requireRationale: true,
        blind: null,
      }),
    ]);
    expect(store.getState().reviewItem.lastSaved).toMatchObject({ itemKey: 'k1', label: { id: 99 } });
    expect(store.getState().reviewItem.focusedJudge).toBe('helpfulness');
    // The queue's counts and rows are read again after the label was stored.
    expect(api['review.queue']).toHaveBeenCalledTimes(2);
  });

  it('moves to the next item once every judge of this one is labelled', async () => {
    const history = [label(1), label(2, { judge: 'helpfulness', score: 4 })];
    const { store } = await desk(undefined, {
      'items.get': vi.fn(async ({ id }: { id: number }) => ok({ ...reviewItem(id), labels: history.slice(0, 1) })),
      'labels.history': vi.fn(async () => ok(history)),
    });
    await store.getState().confirmVerdict('helpfulness');
    await flush();
    expect(store.getState().reviewQueue.index).toBe(1);
    expect(store.getState().reviewItem.itemId).toBe(2);
  });

  it('overrides with my value, rationale and tags', async () => {
    const { api, store } = await desk();
    store.getState().setDraftValue('helpfulness', { score: 2, label: null, pass: null });
    store.getState().setDraftRationale('helpfulness', '  Misses the second fact. ');
    store.getState().toggleDraftTag('helpfulness', 'misread_context');
    await store.getState().overrideVerdict('helpfulness');
    expect(saved(api)[0]).toMatchObject({
      action: 'override',
      score: 2,
      rationale: 'Misses the second fact.',
      tags: ['misread_context'],
      judgmentId: 11,
    });
  });

  it('shows the refusal of an override without a rationale, and stays on the judge', async () => {
    const { store } = await desk(undefined, {
      'labels.save': vi.fn(async () => fail('INVALID_INPUT', 'labels.save: an override needs a rationale.')),
    });
    store.getState().setDraftValue('correctness', { score: null, label: null, pass: false });
    await store.getState().overrideVerdict('correctness');
    expect(store.getState().reviewItem.drafts.correctness).toMatchObject({
      saving: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(store.getState().reviewItem.lastSaved).toBeNull();
    expect(store.getState().reviewItem).toMatchObject({ itemId: 1, focusedJudge: 'correctness' });
  });

  it('undoes my latest label on any judge of the item and says what it undid', async () => {
    const history = [
      label(4, { reviewer: 'Sam' }),
      label(5, { judge: 'helpfulness', action: 'override', score: 2, label: null, pass: false }),
      label(6, { reviewer: 'Sam', judge: 'helpfulness' }),
    ];
    const { api, store } = await desk(undefined, {
      'items.get': vi.fn(async ({ id }: { id: number }) => ok({ ...reviewItem(id), labels: history })),
      'labels.undo': vi.fn(async () => ok({ restored: null })),
    });
    store.getState().focusJudge('correctness');
    await store.getState().undoLabel();
    expect(api['labels.undo']).toHaveBeenCalledWith({ labelId: 5, reviewer: 'Dana' });
    expect(store.getState().reviewItem).toMatchObject({
      undone: 'Undid your override of helpfulness (score 2)',
      focusedJudge: 'helpfulness',
    });
  });
});

describe('judge versions', () => {
  /** Item 1 with a second version of correctness that says "no" where version 1 said "yes". */
  const twoVersions = () => {
    const item = reviewItem(1);
    const v2 = { ...item.judgments[0]!, id: 20, judgeVersion: 2, label: 'no', pass: false };
    return { ...item, judgments: [...item.judgments, v2] };
  };

  it('shows the newest version, switches to an older one, and labels the version shown', async () => {
    const { api, store } = await desk([queueRow(1)], { 'items.get': vi.fn(async () => ok(twoVersions())) });
    const shown = () =>
      reviewedJudgments(store.getState().reviewItem.item!, null, store.getState().reviewItem.versions)[0];
    expect(shown()).toMatchObject({ id: 20, judgeVersion: 2 });
    store.getState().olderVersion();
    expect(shown()).toMatchObject({ id: 10, judgeVersion: 1 });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)[0]).toMatchObject({ judge: 'correctness', action: 'confirm', judgmentId: 10 });
    // From the oldest, `v` goes back round to the newest.
    store.getState().focusJudge('correctness');
    store.getState().olderVersion();
    expect(shown()).toMatchObject({ id: 20 });
  });
});

describe('blind review', () => {
  const correctness = (store: GavelStore) =>
    store.getState().reviewItem.item!.judgments.find((j) => j.judge === 'correctness')!;

  it('asks for the item as me, saves my rating to reveal, then shows the verdict the server returns', async () => {
    const { api, store, itemsGet } = await blindDesk();
    expect(itemsGet).toHaveBeenLastCalledWith({ id: 1, reviewer: 'Dana' });
    const reads = itemsGet.mock.calls.length;
    expect(correctness(store)).toMatchObject({ label: null, pass: null, justification: null });
    await store.getState().confirmVerdict('correctness');
    expect(api['labels.save']).not.toHaveBeenCalled();

    store.getState().setDraftValue('correctness', { score: null, label: 'no', pass: null });
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({
        action: 'override',
        label: 'no',
        blind: { score: null, label: 'no', pass: null },
        requireRationale: false,
        sessionId: 3,
      }),
    ]);
    expect(itemsGet).toHaveBeenCalledTimes(reads + 1);
    expect(correctness(store)).toMatchObject({ label: 'yes', pass: true, justification: 'Because.' });
    expect(store.getState().reviewItem.drafts.correctness?.blindRating).toEqual({
      score: null,
      label: 'no',
      pass: null,
    });

    // Kept after the reveal: "no" differs from the judge's "yes", so it stays an override with the blind rating.
    store.getState().setDraftRationale('correctness', 'The deductible is wrong.');
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)[1]).toMatchObject({
      action: 'override',
      label: 'no',
      blind: { label: 'no' },
      requireRationale: true,
    });
  });

  it('moves on without a second label when I keep my rating as saved to reveal', async () => {
    const { api, store } = await blindDesk();
    store.getState().setDraftValue('correctness', { score: null, label: 'yes', pass: null });
    await store.getState().revealVerdict('correctness');
    await store.getState().confirmVerdict('correctness');
    expect(saved(api)).toEqual([
      expect.objectContaining({ action: 'override', blind: { score: null, label: 'yes', pass: null } }),
    ]);
  });

  it('hides the verdict again when I undo my blind rating', async () => {
    const { store } = await blindDesk();
    store.getState().setDraftValue('correctness', { score: null, label: 'yes', pass: null });
    await store.getState().revealVerdict('correctness');
    expect(correctness(store).pass).toBe(true);
    await store.getState().undoLabel();
    expect(correctness(store)).toMatchObject({ label: null, pass: null, justification: null });
    expect(store.getState().reviewItem.undone).toBe('Undid your override of correctness (yes)');
  });
});

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

describe('label packs', () => {
  it('exports the desk dataset’s labels and imports a chosen file', async () => {
    const pack = { format: 'gavel-labels' as const, version: 1 as const, exportedAt: '2026-01-01', labels: [] };
    const imported = {
      labels: 3,
      reviewers: ['Sam'],
      skipped: 1,
      skippedRows: [{ where: 'line 4', reason: 'no item "x" in qa' }],
      newCriteria: [],
    };
    const { api, store } = await desk(undefined, {
      'labels.exportPack': vi.fn(async () => ok(pack)),
      'labels.importPack': vi.fn(async () => ok(imported)),
    });
    expect(await store.getState().exportLabelPack()).toEqual(pack);
    expect(api['labels.exportPack']).toHaveBeenCalledWith({ datasetId: 1 });
    await store.getState().importLabelPack(new File(['{}'], 'labels.json'));
    expect(api['labels.importPack']).toHaveBeenCalledWith({
      source: { kind: 'path', path: '/data/qa.csv' },
      datasetId: 1,
      reviewer: 'Dana',
    });
    expect(store.getState().labelPacks.imported).toEqual(imported);
  });
});

describe('adjudication', () => {
  it('settles a disagreement with the chosen value and rationale, then reloads the list', async () => {
    const disagreement = {
      itemId: 1,
      key: 'k1',
      judge: 'correctness',
      scale: { outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true },
      labels: [],
      resolution: null,
    };
    const { api, store } = await desk(undefined, {
      'adjudication.list': vi.fn(async () => ok([disagreement])),
      'adjudication.resolve': vi.fn(async () => ok(label(7))),
    });
    await store.getState().loadAdjudication();
    store.getState().editResolution('1:correctness', { value: { score: null, label: null, pass: false } });
    store.getState().editResolution('1:correctness', { rationale: 'The plan excludes it.' });
    await store.getState().resolveDisagreement(disagreement);
    expect(api['adjudication.resolve']).toHaveBeenCalledWith({
      itemId: 1,
      judge: 'correctness',
      reviewer: 'Dana',
      score: null,
      label: null,
      pass: false,
      rationale: 'The plan excludes it.',
    });
    expect(api['adjudication.list']).toHaveBeenCalledTimes(2);
  });
});

describe('justification audit', () => {
  const auditOn = (store: GavelStore) => isAuditOn(store.getState());

  it('is off by default, focuses the judge it is toggled on, and stays on from item to item', async () => {
    const { store } = await desk();
    expect(auditOn(store)).toBe(false);
    store.getState().toggleAudit('helpfulness');
    expect(auditOn(store)).toBe(true);
    expect(store.getState().reviewItem.focusedJudge).toBe('helpfulness');
    await store.getState().moveItem(1);
    expect(auditOn(store)).toBe(true);
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(false);
  });

  it('is remembered per review session', async () => {
    const { store } = await desk();
    store.getState().toggleAudit('correctness');
    await store.getState().chooseReviewSession(3);
    await flush();
    expect(auditOn(store)).toBe(false);
    store.getState().toggleAudit('correctness');
    await store.getState().chooseReviewSession(null);
    expect(auditOn(store)).toBe(true);
    await store.getState().chooseReviewSession(3);
    await flush();
    expect(auditOn(store)).toBe(true);
  });

  it('cannot be turned on while a blind verdict is still hidden', async () => {
    const { store } = await blindDesk();
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(false);
    store.getState().setDraftValue('correctness', { score: null, label: null, pass: true });
    await store.getState().revealVerdict('correctness');
    store.getState().toggleAudit('correctness');
    expect(auditOn(store)).toBe(true);
  });
});
