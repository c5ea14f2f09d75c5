// Golden sets first: experts label a criterion before any judge scores it. The labels are kept, on
// the scale of the template of that name or one read from the values; every skipped row is named
// with its line and reason; strict mode refuses the file; a judge run later is measured against them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import type { LabelView } from '../../shared/domain';
import type { LabelImportSummary } from '../../shared/review';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { tempDir, value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
const SCORES = [5, 4, 1, 2, 5, 3];
const HARMFUL = ['yes', 'no', 'no', 'yes', 'no', 'no'];

function labelsCsv(rows: string[]): string {
  const file = path.join(tempDir(), 'golden.csv');
  fs.writeFileSync(file, ['item,judge,value,rationale,reviewer', ...rows].join('\n'));
  return file;
}

describe('golden sets', () => {
  it('keeps labels of a criterion no judge has scored, reports skipped rows, and measures the judge run later', async () => {
    const desk = await scriptedWorkspace(KEYS);
    const { core, datasetId } = desk;
    const file = labelsCsv([
      ...KEYS.map((key, i) => `${key},tone,${SCORES[i]},expert view,ana`),
      ...KEYS.map((key, i) => `${key},harmfulness,${HARMFUL[i]},,ana`),
      'k99,tone,4,,ana',
      'k1,,4,,ana',
    ]);
    const source = { kind: 'path' as const, path: file };

    const strict = await core.call('labels.importPack', { source, datasetId, strict: true });
    expect(strict).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_REJECTED',
        message: expect.stringMatching(/2 row\(s\).*line 14: no item "k99" in set; line 15: no judge/),
      },
    });
    const untouched = value(await core.call('labels.history', { itemId: desk.itemIds.get('k1')! })) as LabelView[];
    expect(untouched).toEqual([]);

    const summary = value(await core.call('labels.importPack', { source, datasetId })) as LabelImportSummary;
    expect(summary).toEqual({
      labels: 12,
      reviewers: ['ana'],
      skipped: 2,
      skippedRows: [
        { where: 'line 14', reason: 'no item "k99" in set' },
        { where: 'line 15', reason: 'no judge (criterion) named' },
      ],
      newCriteria: ['harmfulness', 'tone'],
    });
    // "harmfulness" takes its template's scale, where "yes" is the failure.
    const k1 = value(await core.call('labels.history', { itemId: desk.itemIds.get('k1')! })) as LabelView[];
    expect(k1.find((l) => l.judge === 'harmfulness')).toMatchObject({ label: 'yes', pass: false });
    expect(k1.find((l) => l.judge === 'tone')).toMatchObject({ score: 5, pass: true });

    // The judges run later and are measured against the golden labels.
    await desk.judge(
      { name: 'tone', outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 3 }, greaterIsBetter: true },
      new Map(KEYS.map((key, i) => [key, SCORES[i]!])),
    );
    await desk.judge(
      { name: 'harmfulness', outputType: { kind: 'pass_fail' }, greaterIsBetter: false },
      new Map(KEYS.map((key, i) => [key, HARMFUL[i]!])),
    );
    for (const judge of ['tone', 'harmfulness']) {
      const stats = value(await core.call('calibration.stats', { judge })) as JudgeAgreement;
      expect(stats.n, judge).toBe(KEYS.length);
      expect(stats.binary.accuracy, judge).toBe(1);
      expect(stats.binary.kappa, judge).toBe(1);
    }
  });

  it('reads a human-only scale from the values: yes/no words, numbers, or categories', async () => {
    const { scaleFromValues } = await import('../../electron/core/label-csv');
    expect(scaleFromValues(['yes', 'No', 'pass'])).toEqual({ kind: 'pass_fail' });
    expect(scaleFromValues(['2', '4', '5'])).toEqual({ kind: 'scale', min: 2, max: 5, passThreshold: null });
    expect(scaleFromValues(['good', 'bad', 'good'])).toEqual({ kind: 'categories', categories: ['bad', 'good'] });
  });
});
