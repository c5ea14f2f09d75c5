// `gavel estimate` and `gavel plan` on a real workspace: 300 items judged by a scripted judge, 60
// experts' labels from a random session, more from a hardest-first session and outside any session.
// The numbers must equal ppiMean / planLabels on the same arrays, the hand-picked labels must be left
// out and counted, and the commands must refuse plainly with too few usable labels.
import { describe, expect, it } from 'vitest';
import { classicalMean, ppiMean, type LabelledPoint } from '../../electron/calibration/ppi';
import { planLabels } from '../../electron/calibration/label-plan';
import type { TrustEstimate, TrustPlan, TrustView } from '../../shared/trust';
import { gavel } from '../helpers/gavel-cli';
import { value } from '../helpers/temp-workspace';
import { JUDGE, judgeValue, KEYS, sessionOf, truthValue, trustWorkspace } from '../helpers/trust-workspace';

const CLI_TIMEOUT = 180_000;

type Desk = Awaited<ReturnType<typeof trustWorkspace>>;

/** The arrays PPI works from when `used` are the labelled items (each with its weight). */
function arrays(desk: Desk, used: Map<number, number>) {
  const labelled: LabelledPoint[] = [];
  const unlabelled: number[] = [];
  for (const key of KEYS) {
    const weight = used.get(desk.itemIds.get(key)!);
    if (weight === undefined) unlabelled.push(judgeValue(key));
    else labelled.push({ truth: truthValue(key), judge: judgeValue(key), weight });
  }
  return { labelled, unlabelled };
}

const cli = (desk: Desk, args: string[]) =>
  gavel([...args, '--judge', JUDGE.name, '--dataset', 'set', '--workspace', desk.core.workspace.path, '--json']);

describe('gavel estimate', () => {
  it(
    'equals PPI++ on the random labels, leaving out and counting hand-picked and session-less ones',
    async () => {
      const desk = await trustWorkspace();
      const random = await sessionOf(desk, { kind: 'sample', size: 60, seed: 7 });
      // Hardest first: all items tie here, so the first ten outside the random sample are labelled.
      const hard = await sessionOf(desk, { kind: 'hard_first', size: 80 }, (itemIds) =>
        itemIds.filter((id) => !random.includes(id)).slice(0, 10),
      );
      const elsewhere = [...desk.itemIds.values()]
        .filter((id) => !random.includes(id) && !hard.includes(id))
        .slice(0, 5);
      await desk.label(elsewhere, null);

      const { labelled, unlabelled } = arrays(desk, new Map(random.map((id) => [id, 1])));
      const ppi = ppiMean(labelled, unlabelled);
      const alone = ppiMean(labelled, unlabelled, { lambda: 0 });
      const judged = classicalMean(KEYS.map(judgeValue));

      const result = await cli(desk, ['estimate']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout) as TrustEstimate;
      expect(Object.keys(printed)).toEqual([
        'judge',
        'version',
        'dataset',
        'items',
        'labelled',
        'judge_rate',
        'labelled_rate',
        'estimate',
        'labels_used',
        'labels_excluded',
      ]);
      expect(printed).toMatchObject({
        judge: JUDGE.name,
        version: 1,
        dataset: 'set',
        items: 300,
        labelled: 75,
        labels_used: 60,
      });
      expect(printed.labels_excluded).toEqual(
        expect.arrayContaining([
          { reason: 'not randomly sampled', count: 10 },
          { reason: 'sampling unknown', count: 5 },
        ]),
      );
      expect(printed.labels_excluded).toHaveLength(2);
      expect(printed.estimate.method).toBe('ppi++');
      expect(printed.estimate.lambda).toBeCloseTo(ppi.lambda, 12);
      expect(printed.estimate.value).toBeCloseTo(ppi.value, 12);
      expect(printed.estimate.ci[0]).toBeCloseTo(ppi.ci[0], 12);
      expect(printed.estimate.ci[1]).toBeCloseTo(ppi.ci[1], 12);
      expect(printed.labelled_rate.value).toBeCloseTo(alone.value, 12);
      expect(printed.labelled_rate.ci[1]).toBeCloseTo(alone.ci[1], 12);
      // The labels alone, unweighted, are the classical interval of the 60 truths.
      expect(printed.labelled_rate.ci[0]).toBeCloseTo(classicalMean(labelled.map((p) => p.truth)).ci[0], 12);
      expect(printed.judge_rate.value).toBeCloseTo(judged.value, 12);
      expect(printed.judge_rate.ci[0]).toBeCloseTo(judged.ci[0], 12);
      // An informative judge narrows the interval of the labels alone.
      expect(printed.estimate.ci[1] - printed.estimate.ci[0]).toBeLessThan(alone.ci[1] - alone.ci[0]);
      // The core channel returns the very same.
      expect(
        value(await desk.core.call('calibration.estimate', { judge: JUDGE.name, datasetId: desk.datasetId })),
      ).toEqual(printed);
      // And the view's channel gives it with the plan.
      const view = value(
        await desk.core.call('calibration.trust', { judge: JUDGE.name, datasetId: desk.datasetId, halfWidth: 0.08 }),
      ) as TrustView;
      expect(view).toMatchObject({ estimate: printed, notEnough: null, plan: { half_width: 0.08, labels_used: 60 } });
    },
    CLI_TIMEOUT,
  );

  it(
    'weights labels of a stratified session by the inverse of their stratum inclusion probability',
    async () => {
      const desk = await trustWorkspace();
      const drawn = await sessionOf(desk, { kind: 'stratified', judge: JUDGE.name, size: 40, seed: 3 });
      // 20 from each verdict: the 90 fails and the 210 passes are drawn at different rates.
      const stratumSize = (pass: number) => KEYS.filter((key) => judgeValue(key) === pass).length;
      const drawnIn = (pass: number) => drawn.filter((id) => judgeValue(desk.keyOf.get(id)!) === pass).length;
      const weights = new Map(
        drawn.map((id) => {
          const pass = judgeValue(desk.keyOf.get(id)!);
          return [id, stratumSize(pass) / drawnIn(pass)];
        }),
      );
      expect(new Set(weights.values()).size).toBe(2);
      const { labelled, unlabelled } = arrays(desk, weights);
      const ppi = ppiMean(labelled, unlabelled);
      const estimate = value(
        await desk.core.call('calibration.estimate', { judge: JUDGE.name, datasetId: desk.datasetId }),
      ) as TrustEstimate;
      expect(estimate.labels_used).toBe(40);
      expect(estimate.labels_excluded).toEqual([]);
      expect(estimate.estimate.value).toBeCloseTo(ppi.value, 12);
      expect(estimate.estimate.ci[0]).toBeCloseTo(ppi.ci[0], 12);
      expect(estimate.estimate.lambda).toBeCloseTo(ppi.lambda, 12);
      // Unweighted, the over-sampled fails would drag the labels' rate down.
      expect(estimate.labelled_rate.value).toBeCloseTo(ppiMean(labelled, unlabelled, { lambda: 0 }).value, 12);
      expect(estimate.labelled_rate.value).not.toBeCloseTo(classicalMean(labelled.map((p) => p.truth)).value, 2);
    },
    CLI_TIMEOUT,
  );

  it(
    "takes the labels of a session sampling more unlabelled items at random (the planner's button) at weight 1",
    async () => {
      const desk = await trustWorkspace();
      const first = await sessionOf(desk, { kind: 'sample', size: 60, seed: 7 });
      const more = await sessionOf(desk, { kind: 'sample', size: 50, seed: 61, unlabelledFor: JUDGE.name });
      expect(more).toHaveLength(50);
      expect(more.filter((id) => first.includes(id))).toEqual([]);
      const { labelled, unlabelled } = arrays(desk, new Map([...first, ...more].map((id) => [id, 1])));
      const estimate = value(
        await desk.core.call('calibration.estimate', { judge: JUDGE.name, datasetId: desk.datasetId }),
      ) as TrustEstimate;
      expect(estimate.labels_used).toBe(110);
      expect(estimate.estimate.value).toBeCloseTo(ppiMean(labelled, unlabelled).value, 12);
    },
    CLI_TIMEOUT,
  );

  it(
    'reads sessions made before sampling was recorded as migration 14 left them: random ones at weight 1',
    async () => {
      const desk = await trustWorkspace();
      const random = await sessionOf(desk, { kind: 'sample', size: 30, seed: 5 });
      const strata = await sessionOf(desk, { kind: 'stratified', judge: JUDGE.name, size: 20, seed: 2 }, (itemIds) =>
        itemIds.filter((id) => !random.includes(id)),
      );
      const stratifiedOnly = strata.filter((id) => !random.includes(id)).length;
      // What the migration leaves: no inclusion probabilities, and no sampling for a stratified session.
      desk.core.workspace.writer.exec(`
        UPDATE session_item SET inclusion_probability = NULL;
        UPDATE session SET sampling = NULL WHERE selection ->> '$.kind' = 'stratified';`);
      const estimate = value(
        await desk.core.call('calibration.estimate', { judge: JUDGE.name, datasetId: desk.datasetId }),
      ) as TrustEstimate;
      expect(estimate.labels_used).toBe(30);
      expect(estimate.labels_excluded).toEqual([{ reason: 'sampling unknown', count: stratifiedOnly }]);
      const { labelled, unlabelled } = arrays(desk, new Map(random.map((id) => [id, 1])));
      expect(estimate.estimate.value).toBeCloseTo(ppiMean(labelled, unlabelled).value, 12);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses (exit 1) when fewer than two labels are usable, saying why the others were left out',
    async () => {
      const desk = await trustWorkspace();
      const hard = await sessionOf(desk, { kind: 'hard_first', size: 5 });
      await desk.label([desk.itemIds.get('k299')!], null);
      expect(hard).toHaveLength(5);
      const result = await cli(desk, ['estimate']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('0 usable expert labels; an estimate needs at least 2');
      expect(result.stderr).toContain('5 not randomly sampled, 1 sampling unknown');
      // The view shows the same refusal as a state, not an error.
      const view = value(
        await desk.core.call('calibration.trust', { judge: JUDGE.name, datasetId: desk.datasetId, halfWidth: 0.05 }),
      ) as TrustView;
      expect(view).toMatchObject({ estimate: null, plan: null });
      expect(view.notEnough).toContain('0 usable expert labels; an estimate needs at least 2');
      // Random labels would help: the view offers a first random session of the usual size.
      expect(view.firstSample).toBe(20);
      const plan = await cli(desk, ['plan', '--half-width', '0.05']);
      expect(plan.code).toBe(1);
      expect(plan.stderr).toContain('an estimate needs at least 2');
    },
    CLI_TIMEOUT,
  );
});

describe('gavel plan', () => {
  it(
    'prints the labels needed in all and how many more, and the labels alone, as planLabels',
    async () => {
      const desk = await trustWorkspace();
      const random = await sessionOf(desk, { kind: 'sample', size: 60, seed: 11 });
      const { labelled, unlabelled } = arrays(desk, new Map(random.map((id) => [id, 1])));
      const expected = planLabels(labelled, unlabelled, 0.08);
      const result = await cli(desk, ['plan', '--half-width', '0.08']);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const printed = JSON.parse(result.stdout) as TrustPlan;
      expect(printed).toMatchObject({
        judge: JUDGE.name,
        version: 1,
        dataset: 'set',
        half_width: 0.08,
        labels_used: 60,
        labels_needed: expected.labelsNeeded,
        more_labels: expected.moreLabels,
        labels_alone_needed: expected.labelsAloneNeeded,
      });
      expect(printed.labels_needed).toBeGreaterThan(60);
      expect(printed.current_half_width).toBeCloseTo(expected.currentHalfWidth, 12);
      const refused = await cli(desk, ['plan', '--half-width', '0']);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('--half-width 0: expected a number above 0');
    },
    CLI_TIMEOUT,
  );
});
