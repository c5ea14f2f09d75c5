// Pairing a judge version's verdicts with human labels: one reviewer's, or the consensus.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import type { FewShotExample } from '../../shared/judging';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

async function labelledSample() {
  const core = await tempCore({ seedSample: true });
  const file = path.join(tempDir(), 'labels.csv');
  // The sample's imported correctness judge said yes, yes, no, yes, yes on these items.
  fs.writeFileSync(
    file,
    [
      'item,judge,value,rationale,reviewer',
      'nw-004,correctness,no,$1200 not $1500,ana',
      'nw-009,correctness,no,births have 60 days,ana',
      'nw-010,correctness,yes,paraphrase,ana',
      'nw-001,correctness,yes,,ana',
      'nw-002,correctness,yes,,ana',
      'nw-004,correctness,no,wrong number,ben',
      'nw-009,correctness,yes,reads fine,ben',
    ].join('\n'),
  );
  value(await core.call('labels.importPack', { source: { kind: 'path', path: file }, datasetId: 1 }));
  return core;
}

describe('calibration.stats', () => {
  it("compares a judge with one reviewer's labels, pass as the positive class", async () => {
    const core = await labelledSample();
    const stats = value(
      await core.call('calibration.stats', { judge: 'correctness', reviewer: 'ana' }),
    ) as JudgeAgreement;
    expect(stats).toMatchObject({ judge: 'correctness', version: 1, n: 5, ordinal: null, humans: { reviewer: 'ana' } });
    expect(stats.binary.confusion).toEqual({ tp: 2, fp: 2, fn: 1, tn: 0 });
    expect(stats.binary.accuracy).toBeCloseTo(0.4, 12);
    expect(stats.warning).toMatch(/Only 5 items/);
  });

  it('uses the majority of reviewers, leaving ties out, and an adjudication over both', async () => {
    const core = await labelledSample();
    const consensus = value(await core.call('calibration.stats', { judge: 'correctness' })) as JudgeAgreement;
    expect(consensus.n).toBe(4);
    expect(consensus.humans).toEqual({ consensus: ['ana', 'ben'] });
    const { id } = value(await core.call('items.find', { datasetId: 1, key: 'nw-009' })) as { id: number };
    value(
      await core.call('adjudication.resolve', {
        itemId: id,
        judge: 'correctness',
        reviewer: 'lead',
        score: null,
        label: null,
        pass: false,
        rationale: 'Births have 60 days.',
      }),
    );
    const adjudicated = value(await core.call('calibration.stats', { judge: 'correctness' })) as JudgeAgreement;
    expect(adjudicated.n).toBe(5);
    expect(adjudicated.binary.confusion).toEqual({ tp: 2, fp: 2, fn: 1, tn: 0 });
  });

  it('names a judge without verdicts', async () => {
    const core = await tempCore();
    expect(await core.call('calibration.stats', { judge: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No verdicts of judge "nope".' },
    });
  });

  it('suggests few-shot examples from the judge’s misses that carry a rationale, a pass and a fail first', async () => {
    const core = await labelledSample();
    const examples = value(
      await core.call('fewshot.suggest', { judge: 'correctness', reviewer: 'ana', maxExamples: 5 }),
    ) as FewShotExample[];
    // ana overrode nw-004 and nw-009 (judge yes, human no) and nw-010 (judge no, human yes).
    expect(examples.map((e) => [e.pass, e.justification]).sort()).toEqual(
      [
        [false, '$1200 not $1500'],
        [false, 'births have 60 days'],
        [true, 'paraphrase'],
      ].sort(),
    );
    expect(examples.every((e) => e.itemId !== null && e.labelId !== null && e.request)).toBe(true);
    const two = value(
      await core.call('fewshot.suggest', { judge: 'correctness', reviewer: 'ana', maxExamples: 2 }),
    ) as FewShotExample[];
    expect(two.map((e) => e.pass).sort()).toEqual([false, true]);
  });
});
