// The calibration view of a judge: matrices whose cells list their items, distributions, tags,
// versions over time, the breakdown by metadata, and the review queue opening exactly a cell's items.
import { describe, expect, it } from 'vitest';
import type { BreakdownRow, CalibrationOverview } from '../../shared/calibration';
import type { JudgeAgreement } from '../../shared/contract';
import type { QueueCounts, QueueRow } from '../../shared/review';
import { JUDGE, KEYS, missedWithoutExamples, truth } from '../fakes/labelled-judge';
import { value } from '../helpers/temp-workspace';
import { labelledWorkspace } from '../helpers/labelled-workspace';

describe('calibration.overview', () => {
  it('puts every pair in exactly one pass/fail cell, matching calibration.stats', async () => {
    const { core, itemIds } = await labelledWorkspace();
    const overview = value(await core.call('calibration.overview', { judge: JUDGE })) as CalibrationOverview;
    const stats = value(await core.call('calibration.stats', { judge: JUDGE })) as JudgeAgreement;
    expect(overview).toMatchObject({ judge: JUDGE, version: 1, scores: null, metadataFields: ['topic'] });
    const cell = (judge: string, human: string) =>
      overview.passFail.find((c) => c.judge === judge && c.human === human)!.items.map((i) => i.key);
    expect(overview.passFail).toHaveLength(4);
    const all = overview.passFail.flatMap((c) => c.items.map((i) => i.itemId));
    expect(all.sort((a, b) => a - b)).toEqual([...itemIds.values()].sort((a, b) => a - b));
    const { tp, fp, fn, tn } = stats.binary.confusion;
    expect([
      cell('pass', 'pass').length,
      cell('pass', 'fail').length,
      cell('fail', 'pass').length,
      cell('fail', 'fail').length,
    ]).toEqual([tp, fp, fn, tn]);
    // The judge said the opposite of the truth on q01–q08.
    const expected = (judgePass: boolean, humanPass: boolean) =>
      KEYS.filter((k) => truth(k) === humanPass && (missedWithoutExamples(k) ? !truth(k) : truth(k)) === judgePass);
    expect(cell('pass', 'fail')).toEqual(expected(true, false));
    expect(cell('fail', 'pass')).toEqual(expected(false, true));
    expect(overview.passFail[0]!.items[0]).toMatchObject({ datasetId: 1 });

    expect(overview.distribution).toEqual([
      { value: 'pass', judge: 6, human: 6 },
      { value: 'fail', judge: 6, human: 6 },
    ]);
    expect(overview.auditTags).toEqual([{ tag: 'misread_context', count: 8 }]);
    expect(overview.versions).toHaveLength(1);
    expect(overview.versions[0]!.agreement?.n).toBe(12);
  });

  it('gives a version without paired verdicts a null agreement', async () => {
    const { core } = await labelledWorkspace();
    const spec = value(await core.call('judges.get', { name: JUDGE })).versions[0]!.spec!;
    value(await core.call('judges.save', { name: JUDGE, spec: { ...spec, description: 'edited' } }));
    const overview = value(await core.call('calibration.overview', { judge: JUDGE })) as CalibrationOverview;
    expect(overview.version).toBe(1);
    expect(overview.versions.map((v) => [v.version, v.agreement === null])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it('breaks agreement down by a metadata field, items without it under "(none)"', async () => {
    const { core } = await labelledWorkspace();
    const rows = value(await core.call('calibration.breakdown', { judge: JUDGE, field: 'topic' })) as BreakdownRow[];
    // low: q01–q06 all missed; high: q07, q08 missed, q09, q10 right; (none): q11, q12 right.
    expect(rows.map((r) => [r.value, r.agreement.n, r.agreement.binary.accuracy])).toEqual([
      ['low', 6, 0],
      ['high', 4, 0.5],
      ['(none)', 2, 1],
    ]);
    // "low" agrees 0 of 6 times, the rest 4 of 6: Fisher's one-sided p = C(8,6)/C(12,6) = 28/924;
    // Holm over three values triples the smallest p, so with 12 items it is not yet flagged.
    const low = rows[0]!.worse;
    expect(low.pValue).toBeCloseTo(28 / 924, 12);
    expect(low.adjusted).toBeCloseTo((3 * 28) / 924, 12);
    expect(rows.map((r) => r.worse.flagged)).toEqual([false, false, false]);
    expect(await core.call('calibration.breakdown', { judge: JUDGE, field: 'colour' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/metadata field "colour" \(fields: topic\)/) },
    });
  });
});

describe('review queue filter.items', () => {
  it('shows exactly the listed items, combined with the other filters, in rows and counts', async () => {
    const { core, datasetId, itemIds } = await labelledWorkspace();
    const overview = value(await core.call('calibration.overview', { judge: JUDGE })) as CalibrationOverview;
    const cell = overview.passFail.find((c) => c.judge === 'pass' && c.human === 'fail')!;
    const ids = cell.items.map((i) => i.itemId);
    const queue = (filter: object) =>
      core.call('review.queue', { datasetId, reviewer: 'ben', filter }).then(value) as Promise<{
        total: number;
        counts: QueueCounts;
        rows: QueueRow[];
      }>;
    const opened = await queue({ items: ids });
    expect(opened.rows.map((r) => r.itemId)).toEqual([...ids].sort((a, b) => a - b));
    expect(opened.counts.all).toBe(ids.length);
    expect(opened.counts.disagreement).toBe(ids.length);

    const narrowed = await queue({ items: ids, search: 'q02' });
    expect(narrowed.rows.map((r) => r.key)).toEqual(['q02']);
    expect(narrowed.counts.all).toBe(1);

    const none = await queue({ items: [itemIds.get('q01')!], pass: true, judge: JUDGE });
    expect(none.rows).toEqual([]);
    expect(none.counts.all).toBe(0);
    expect((await queue({ items: [] })).counts.all).toBe(0);
    expect((await queue({ items: null })).counts.all).toBe(12);
  });

  it('breaks agreement down by import day and by run day, in date order, so drift shows', async () => {
    const { core } = await labelledWorkspace();
    const today = new Date().toISOString().slice(0, 10);
    // Half the items as if imported on an earlier day (the workspace file is the test's own).
    core.workspace.writer
      .prepare("UPDATE item SET created_at = '2026-01-15T09:00:00.000Z' WHERE key IN ('q01','q02','q03','q04','q05','q06')")
      .run();
    const byImport = value(await core.call('calibration.breakdown', { judge: JUDGE, field: '@imported' }));
    // q01–q06 (all missed) came first; the later import holds the rest.
    expect(byImport.map((r) => [r.value, r.agreement.n, r.agreement.binary.accuracy])).toEqual([
      ['2026-01-15', 6, 0],
      [today, 6, 2 / 3],
    ]);
    const byRun = value(await core.call('calibration.breakdown', { judge: JUDGE, field: '@judged' }));
    expect(byRun.map((r) => [r.value, r.agreement.n])).toEqual([[today, 12]]);
  });
});
