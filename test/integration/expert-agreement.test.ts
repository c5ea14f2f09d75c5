// `gavel calibrate --require-agreement`: before any run, the experts' agreement among themselves on
// the items two of them labelled is checked; below the value the command refuses (exit 1), saying
// the rubric is ambiguous and on which items the experts split.
import { describe, expect, it } from 'vitest';
import type { CalibrationOverview } from '../../shared/calibration';
import type { Disagreement } from '../../shared/review';
import { gavel } from '../helpers/gavel-cli';
import { value } from '../helpers/temp-workspace';
import { JUDGE, KEYS, truthValue, trustWorkspace } from '../helpers/trust-workspace';

const CLI_TIMEOUT = 180_000;

/** Ana and Ben label the first 30 items; Ben differs from Ana on the items `differs` picks. */
async function twoExperts(differs: (index: number) => boolean) {
  const desk = await trustWorkspace();
  const overlap = KEYS.slice(0, 30).map((key) => desk.itemIds.get(key)!);
  await desk.label(overlap, null);
  await desk.label(overlap, null, {
    reviewer: 'ben',
    verdict: (key) => (differs(Number(key.slice(1))) ? 1 - truthValue(key) : truthValue(key)),
  });
  const calibrate = (minimum: string) =>
    gavel([
      'calibrate',
      '--judge',
      JUDGE.name,
      '--require-agreement',
      minimum,
      '--workspace',
      desk.core.workspace.path,
    ]);
  return { calibrate, desk };
}

describe('gavel calibrate --require-agreement', () => {
  it(
    'refuses with exit 1 when the experts split often, naming the items where they split',
    async () => {
      const { calibrate } = await twoExperts((i) => i % 3 === 0);
      const result = await calibrate('0.6');
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('The experts agree too little on safe to calibrate against');
      expect(result.stderr).toContain('below the required 0.6');
      expect(result.stderr).toContain('The rubric itself is ambiguous');
      expect(result.stderr).toContain('Experts split on 10 items: k000, k003, k006, k009, k012');
    },
    CLI_TIMEOUT,
  );

  it(
    'names the same split items as the Calibration view and the adjudication list, with their agreement',
    async () => {
      const { desk } = await twoExperts((i) => i % 3 === 0);
      const overview = value(
        await desk.core.call('calibration.overview', { judge: JUDGE.name }),
      ) as CalibrationOverview;
      const splitKeys = KEYS.slice(0, 30).filter((_, i) => i % 3 === 0);
      expect(overview.expertSplits.map((split) => split.item.key)).toEqual(splitKeys);
      expect(overview.expertSplits[0]!.labels).toEqual([
        { reviewer: 'ana', answer: truthValue('k000') === 1 ? 'yes' : 'no' },
        { reviewer: 'ben', answer: truthValue('k000') === 1 ? 'no' : 'yes' },
      ]);
      const datasetId = overview.expertSplits[0]!.item.datasetId;
      const adjudication = value(
        await desk.core.call('adjudication.list', { datasetId, judge: JUDGE.name }),
      ) as Disagreement[];
      expect(adjudication.map((row) => row.key).sort()).toEqual(splitKeys);
      // The agreement on the 30 shared items comes with its interval around it.
      const agreement = overview.versions.at(-1)!.agreement!;
      expect(agreement.human_human.overlap).toBe(30);
      const alpha = agreement.human_human.krippendorff_alpha!;
      const interval = agreement.ci.human_human.krippendorff_alpha;
      expect(interval.lower!).toBeLessThanOrEqual(alpha);
      expect(interval.upper!).toBeGreaterThanOrEqual(alpha);
      // `gavel stats` says the same in words.
      const stats = await gavel(['stats', '--judge', JUDGE.name, '--workspace', desk.core.workspace.path]);
      expect(stats.stdout).toContain(
        `humans among themselves (30 items labelled by two or more): pairwise kappa ` +
          `${agreement.human_human.pairwise_kappa!.toFixed(3)} [${agreement.ci.human_human.pairwise_kappa.lower!.toFixed(3)}, `,
      );
    },
    CLI_TIMEOUT,
  );

  it(
    'lets the calibration go on when the experts agree enough',
    async () => {
      const { calibrate } = await twoExperts((i) => i === 4);
      const result = await calibrate('0.6');
      // The check passed: what stops it now is that no miss of the judge carries a rationale.
      expect(result.stderr).not.toContain('agree too little');
      expect(result.stderr).toContain('No few-shot examples');
      expect(result.code).toBe(1);
    },
    CLI_TIMEOUT,
  );

  it(
    'refuses a value outside -1 to 1',
    async () => {
      const { calibrate } = await twoExperts(() => false);
      const result = await calibrate('2');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('--require-agreement 2: expected a number from -1 to 1');
    },
    CLI_TIMEOUT,
  );
});
