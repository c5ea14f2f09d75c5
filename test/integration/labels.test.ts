// Human labels: append-only with history, values on the judge's own scale, packs that merge.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ItemDetail, LabelView } from '../../shared/domain';
import type { LabelImportSummary, LabelPack } from '../../shared/review';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

async function sampleCore() {
  const core = await tempCore({ seedSample: true });
  const { id } = value(await core.call('items.find', { datasetId: 1, key: 'nw-004' })) as { id: number };
  const item = value(await core.call('items.get', { id })) as ItemDetail;
  const correctness = item.judgments.find((j) => j.judge === 'correctness')!;
  return { core, itemId: id, judgmentId: correctness.id };
}

describe('labels', () => {
  it('confirms a verdict with the judgment’s own value and overrides only with a rationale', async () => {
    const { core, itemId, judgmentId } = await sampleCore();
    const confirmed = value(
      await core.call('labels.save', { itemId, judge: 'correctness', reviewer: 'ana', action: 'confirm', judgmentId }),
    ) as LabelView;
    expect(confirmed).toMatchObject({ action: 'confirm', pass: true, reviewer: 'ana', supersedesId: null });

    const bare = await core.call('labels.save', {
      itemId,
      judge: 'correctness',
      reviewer: 'ana',
      action: 'override',
      pass: false,
      judgmentId,
    });
    expect(bare).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/rationale/) },
    });

    const overridden = value(
      await core.call('labels.save', {
        itemId,
        judge: 'correctness',
        reviewer: 'ana',
        action: 'override',
        pass: false,
        rationale: 'The deductible is $1,200, not $1,500.',
        tags: ['reference_wrong'],
        judgmentId,
      }),
    ) as LabelView;
    expect(overridden).toMatchObject({ pass: false, supersedesId: confirmed.id, tags: ['reference_wrong'] });

    const history = value(await core.call('labels.history', { itemId })) as LabelView[];
    expect(history.map((l) => [l.action, l.pass])).toEqual([
      ['confirm', true],
      ['override', false],
    ]);
  });

  it('confirms a per-chunk verdict with its precision', async () => {
    const { core, itemId } = await sampleCore();
    const item = value(await core.call('items.get', { id: itemId })) as ItemDetail;
    const chunks = item.judgments.find((j) => j.judge === 'chunk_relevance')!;
    const label = value(
      await core.call('labels.save', {
        itemId,
        judge: 'chunk_relevance',
        reviewer: 'ana',
        action: 'confirm',
        judgmentId: chunks.id,
      }),
    ) as LabelView;
    expect(label).toMatchObject({ action: 'confirm', score: chunks.score, pass: null });
  });

  it('refuses a value off the judge’s scale and keeps the blind rating beside the final one', async () => {
    const { core, itemId } = await sampleCore();
    const offScale = await core.call('labels.save', {
      itemId,
      judge: 'chunk_relevance',
      reviewer: 'ana',
      action: 'override',
      label: 'maybe',
      rationale: 'x',
    });
    expect(offScale).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const blind = value(
      await core.call('labels.save', {
        itemId,
        judge: 'groundedness',
        reviewer: 'ben',
        action: 'override',
        pass: false,
        rationale: 'Not in the context.',
        blind: { score: null, label: null, pass: false },
      }),
    ) as LabelView;
    expect(blind.blind).toEqual({ score: null, label: null, pass: false });
  });

  it('exports a pack that merges into another workspace with the same dataset, once', async () => {
    const { core, itemId, judgmentId } = await sampleCore();
    for (const reviewer of ['ana', 'ben']) {
      value(
        await core.call('labels.save', {
          itemId,
          judge: 'correctness',
          reviewer,
          action: 'override',
          pass: false,
          rationale: `${reviewer}: wrong deductible`,
          judgmentId,
        }),
      );
    }
    const pack = value(await core.call('labels.exportPack', {})) as LabelPack;
    expect(pack.labels).toHaveLength(2);
    const file = path.join(tempDir(), 'pack.json');
    fs.writeFileSync(file, JSON.stringify(pack));

    const other = await tempCore({ seedSample: true });
    const first = value(
      await other.call('labels.importPack', { source: { kind: 'path', path: file } }),
    ) as LabelImportSummary;
    expect(first).toEqual({ labels: 2, reviewers: ['ana', 'ben'], skipped: 0, skippedRows: [], newCriteria: [] });
    const again = value(
      await other.call('labels.importPack', { source: { kind: 'path', path: file } }),
    ) as LabelImportSummary;
    expect(again).toEqual({
      labels: 0,
      reviewers: [],
      skipped: 2,
      skippedRows: [
        { where: 'label 1', reason: 'already in the workspace' },
        { where: 'label 2', reason: 'already in the workspace' },
      ],
      newCriteria: [],
    });
    const history = value(await other.call('labels.history', { itemId })) as LabelView[];
    expect(history.map((l) => [l.reviewer, l.pass, l.rationale])).toEqual([
      ['ana', false, 'ana: wrong deductible'],
      ['ben', false, 'ben: wrong deductible'],
    ]);
  });

  it('imports CSV labels, naming the line of a bad value', async () => {
    const core = await tempCore({ seedSample: true });
    const dir = tempDir();
    const good = path.join(dir, 'labels.csv');
    fs.writeFileSync(
      good,
      'item,judge,value,rationale,reviewer\nnw-004,correctness,no,Wrong deductible,cleo\nnw-010,correctness,yes,Paraphrase is right,\nnw-999,correctness,yes,,cleo\n',
    );
    const summary = value(
      await core.call('labels.importPack', { source: { kind: 'path', path: good }, datasetId: 1, reviewer: 'dan' }),
    ) as LabelImportSummary;
    expect(summary).toEqual({
      labels: 2,
      reviewers: ['cleo', 'dan'],
      skipped: 1,
      skippedRows: [{ where: 'line 4', reason: 'no item "nw-999" in Sample: Northwind Health benefits assistant' }],
      newCriteria: [],
    });

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'item,judge,value\nnw-001,correctness,yes\nnw-002,correctness,7\n');
    const refused = await core.call('labels.importPack', {
      source: { kind: 'path', path: bad },
      datasetId: 1,
      reviewer: 'x',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_REJECTED',
        message: expect.stringMatching(/bad\.csv, line 3: a yes or no \(or pass \/ fail\) is needed/),
      },
    });
    const history = value(await core.call('labels.history', { itemId: 1 })) as LabelView[];
    expect(history.filter((l) => l.reviewer === 'x')).toEqual([]);
  });
});
