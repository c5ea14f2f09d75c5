// Versions in plain sight: a label remembers the judge version on screen; the item carries every
// version's verdicts; statistics name the version they measure and leave out labels given on
// another scale.
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import type { ItemDetail, LabelView } from '../../shared/domain';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3', 'k4'];

describe('judge versions', () => {
  it('labels remember the version seen; statistics measure a version only against labels on its scale', async () => {
    const desk = await scriptedWorkspace(KEYS);
    const { core } = desk;
    const fivePoints = { kind: 'scale' as const, min: 1, max: 5, passThreshold: 3 };
    await desk.judge(
      { name: 'tone', outputType: fivePoints, greaterIsBetter: true },
      new Map(KEYS.map((k, i) => [k, [5, 1, 4, 2][i]!])),
    );
    for (const key of KEYS) {
      const judgment = await desk.judgmentOf(key, 'tone');
      value(
        await core.call('labels.save', {
          itemId: desk.itemIds.get(key)!,
          judgmentId: judgment.id,
          judge: 'tone',
          reviewer: 'ana',
          action: 'confirm',
          score: null,
          label: null,
          pass: null,
          rationale: null,
          tags: [],
          requireRationale: false,
        }),
      );
    }
    // Version 2 answers on a 1–10 scale: ana's labels were given on version 1's 1–5 scale.
    await desk.judge(
      { name: 'tone', outputType: { kind: 'scale', min: 1, max: 10, passThreshold: 6 }, greaterIsBetter: true },
      new Map(KEYS.map((k, i) => [k, [9, 2, 8, 3][i]!])),
    );

    const item = value(await core.call('items.get', { id: desk.itemIds.get('k1')! })) as ItemDetail;
    expect(item.judgments.map((j) => [j.judgeVersion, j.score])).toEqual([
      [1, 5],
      [2, 9],
    ]);
    const history = value(await core.call('labels.history', { itemId: desk.itemIds.get('k1')! })) as LabelView[];
    expect(history[0]).toMatchObject({
      action: 'confirm',
      score: 5,
      judgeVersion: 1,
      judgmentId: item.judgments[0]!.id,
    });

    const v1 = value(await core.call('calibration.stats', { judge: 'tone', version: 1 })) as JudgeAgreement;
    expect(v1).toMatchObject({ version: 1, n: 4 });
    expect(v1.binary.accuracy).toBe(1);
    const v2 = value(await core.call('calibration.stats', { judge: 'tone' })) as JudgeAgreement;
    expect(v2).toMatchObject({ version: 2, n: 0 });
  });
});
