// The review desk store's label packs and adjudication of disagreements.
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { desk } from './review-desk';
import { label } from './review-fixtures';

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
