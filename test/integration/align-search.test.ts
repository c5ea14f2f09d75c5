// The alignment search through the core, on a 1–5 scale judge: per-item agreement is
// 1 − |judge − expert| / 4, the p-value a paired sign-flip permutation test (exact on 12 items).
import { describe, expect, it } from 'vitest';
import type { AlignSearchView } from '../../shared/align';
import type { JudgeSummary } from '../../shared/judging';
import { openCore } from '../../electron/core/open-core';
import type { Core } from '../../electron/core/service';
import { lacksDosage } from '../fakes/guideline-judge';
import { guidelineWorkspace, JUDGE } from '../helpers/guideline-workspace';
import { memoryKeys, value } from '../helpers/temp-workspace';

const FIVE_POINTS = { kind: 'scale' as const, min: 1, max: 5, passThreshold: 3 };

/** Starts a search and moves it on after each batch of runs, as the CLI does, until it stops. */
async function searchToTheEnd(core: Core): Promise<AlignSearchView> {
  let { search, pending } = value(await core.call('align.start', { judge: JUDGE, seed: 3 }));
  while (pending.length > 0) {
    for (const id of pending) await core.runner.wait(id);
    ({ search, pending } = value(await core.call('align.start', { resume: search!.id })));
  }
  return value(await core.call('align.get', { id: search!.id }));
}

describe('align.start on a scale judge', () => {
  it('measures agreement on the scale and tests it with the paired permutation test', async () => {
    const ready = await guidelineWorkspace(true, FIVE_POINTS);
    const core = await openCore({ workspacePath: ready.workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
    try {
      const view = await searchToTheEnd(core);
      expect(view).toMatchObject({ status: 'done', promoted: true, from_version: 1 });
      const fixed = view.test!.items.filter(lacksDosage).length;
      expect(fixed).toBeGreaterThan(1);
      // Each item lacking the dosage goes from |5 − 2| off (agreement 0.25) to exact (1); the others stay at 1.
      expect(view.test!.difference.value).toBeCloseTo((0.75 * fixed) / view.test!.items.length, 12);
      // Exact sign-flip test: only the two all-same-sign patterns of the changed items are as extreme.
      expect(view.test!.p_value).toBeCloseTo(2 ** (1 - fixed), 12);
      expect(view.test!.before!.ordinal).not.toBeNull();
      expect(value(await core.call('align.list', { judge: JUDGE })).map((s) => s.id)).toEqual([view.id]);
      const judges = value(await core.call('judges.list', {})) as JudgeSummary[];
      expect(judges.find((j) => j.name === JUDGE)!.latest.version).toBe(view.to_version);
    } finally {
      await core.close();
      await ready.fake.close();
    }
  });

  it('takes one step at a time when two callers move the same search on at once', async () => {
    const ready = await guidelineWorkspace(true);
    const core = await openCore({ workspacePath: ready.workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
    try {
      let { search, pending } = value(await core.call('align.start', { judge: JUDGE, seed: 3 }));
      while (pending.length > 0) {
        for (const id of pending) await core.runner.wait(id);
        // The view and a terminal both resuming the search as its runs end.
        const both = await Promise.all([
          core.call('align.start', { resume: search!.id }),
          core.call('align.start', { resume: search!.id }),
        ]);
        ({ search, pending } = value(both[0]));
        pending = [...new Set([...pending, ...value(both[1]).pending])];
      }
      expect(value(await core.call('align.get', { id: search!.id })).status).toBe('done');
      const datasets = value(await core.call('datasets.list', {}));
      const runs = (
        await Promise.all(datasets.map(async (d) => value(await core.call('runs.list', { datasetId: d.id }))))
      ).flat();
      const names = runs.map((run) => `${run.datasetId} ${run.name}`);
      expect(
        names.filter((name) => name.includes('sealed test') || name.includes('development')).length,
      ).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    } finally {
      await core.close();
      await ready.fake.close();
    }
  });

  it('warns before a search whose sealed test is too small to show any gain', async () => {
    const ready = await guidelineWorkspace(true);
    const core = await openCore({ workspacePath: ready.workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
    try {
      const small = value(await core.call('align.start', { judge: JUDGE, dryRun: true, testShare: 0.05 }));
      expect(small.estimate!.testItems).toBeLessThan(6);
      expect(small.estimate!.warning).toMatch(/^Only \d sealed test items?: .* at least 6\)\. Label more items first\.$/);
    } finally {
      await core.close();
      await ready.fake.close();
    }
  });

  it('says nothing when the sealed test is large enough', async () => {
    const ready = await guidelineWorkspace(true);
    const core = await openCore({ workspacePath: ready.workspace, keys: memoryKeys({ fake: 'sk-fake' }) });
    try {
      const estimate = value(await core.call('align.start', { judge: JUDGE, dryRun: true })).estimate!;
      expect(estimate.testItems).toBeGreaterThanOrEqual(6);
      expect(estimate.warning).toBeNull();
    } finally {
      await core.close();
      await ready.fake.close();
    }
  });
});
