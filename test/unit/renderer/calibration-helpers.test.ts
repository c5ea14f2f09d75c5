import { describe, expect, it } from 'vitest';
import { knownItems, queueTarget, targetNote } from '../../../renderer/src/store/calibration-items';
import {
  addable,
  clampExampleCount,
  curated,
  moveExample,
  removeExample,
  rewordExample,
  saveProblem,
} from '../../../renderer/src/store/fewshot-edits';
import {
  agreementMetrics,
  beforeAfter,
  humanNoise,
  showInterval,
  valueWithInterval,
} from '../../../renderer/src/views/calibration/agreement-metrics';
import { confusionGrid } from '../../../renderer/src/views/calibration/confusion';
import { judgesWithVerdicts, mostReviewedJudge } from '../../../renderer/src/store/calibration-judges';
import { expertAgreement, expertsSentence } from '../../../renderer/src/views/calibration/expert-agreement';
import { exampleVerdict } from '../../../renderer/src/views/calibration/example-verdict';
import { noiseSentence } from '../../../renderer/src/views/calibration/noise-wording';
import { valueTicks, versionPoints } from '../../../renderer/src/views/calibration/version-series';
import { formatNumber } from '../../../renderer/src/format/numbers';
import { agreementResult, example, itemRef, overview } from './calibration-fixtures';
import type { DatasetSummary } from '../../../shared/domain';

describe('opening calibration items in review', () => {
  it('opens the dataset holding most of the items, and says how many are elsewhere', () => {
    const target = queueTarget([itemRef(1, 2), itemRef(2, 1), itemRef(3, 2)]);
    expect(target).toEqual({ datasetId: 2, itemIds: [1, 3], elsewhere: 1 });
    expect(targetNote('judge pass, humans fail', target!)).toBe(
      'judge pass, humans fail (1 more item is in other datasets)',
    );
    expect(targetNote('x', { datasetId: 1, itemIds: [1], elsewhere: 0 })).toBe('x');
    expect(queueTarget([])).toBeNull();
  });

  it('breaks ties by the dataset seen first', () => {
    expect(queueTarget([itemRef(1, 5), itemRef(2, 3)])?.datasetId).toBe(5);
  });
});

describe('confusion grid', () => {
  it('places every pair of values, empty cells at zero, shaded by the largest cell', () => {
    const grid = confusionGrid(['pass', 'fail'], overview().passFail);
    expect(grid.total).toBe(4);
    expect(grid.rows.map((row) => row.map((cell) => [cell.judge, cell.human, cell.items.length]))).toEqual([
      [
        ['pass', 'pass', 2],
        ['fail', 'pass', 1],
      ],
      [
        ['pass', 'fail', 1],
        ['fail', 'fail', 0],
      ],
    ]);
    expect(grid.rows[0]![0]!.intensity).toBe(1);
    expect(grid.rows[0]![1]!).toMatchObject({ intensity: 0.5, agrees: false });
    expect(
      confusionGrid(['1', '2'], [])
        .rows.flat()
        .every((cell) => cell.intensity === 0),
    ).toBe(true);
  });
});

describe('agreement numbers', () => {
  it('lists the pass/fail measures, and the ordinal ones only for scale judges', () => {
    expect(agreementMetrics(agreementResult()).map((row) => row.key)).toEqual(['accuracy', 'kappa', 'f1_fail']);
    const scale = agreementResult({
      ordinal: { exact: 0.5, within1: 0.9, qwk: 0.6, spearman: 0.7, kendall_tau_b: 0.55, mae: 0.6, bias: -0.2 },
    });
    expect(agreementMetrics(scale)).toHaveLength(10);
  });

  it('shows values with their intervals, and a dash where a statistic is undefined', () => {
    expect(valueWithInterval(0.5, { lower: 0.1, upper: 0.8 }, formatNumber)).toBe('0.5 (0.1 – 0.8)');
    expect(valueWithInterval(null, { lower: null, upper: null }, formatNumber)).toBe('—');
    expect(showInterval({ lower: 0.1, upper: null }, formatNumber)).toBeNull();
    const [accuracy] = agreementMetrics(agreementResult());
    expect(valueWithInterval(accuracy!.value, accuracy!.interval, accuracy!.format)).toBe('75% (55% – 90%)');
  });

  it('compares the judge with the humans’ own agreement', () => {
    expect(humanNoise(agreementResult())).toBeNull();
    const noisy = (kappa: number) =>
      agreementResult({ human_human: { overlap: 10, pairwise_kappa: kappa, krippendorff_alpha: null, ordinal: null } });
    expect(humanNoise(noisy(0.4))).toEqual({ kappa: 0.4, judgeWithin: true });
    expect(humanNoise(noisy(0.7))).toEqual({ kappa: 0.7, judgeWithin: false });
  });

  it('tells the judge within human noise only when the experts agree better than chance', () => {
    const noisy = (kappa: number) =>
      agreementResult({ human_human: { overlap: 8, pairwise_kappa: kappa, krippendorff_alpha: null, ordinal: null } });
    const judgeKappa = formatNumber(agreementResult().binary.kappa!);
    expect(noiseSentence(noisy(0.4))).toBe(
      `Within human noise: the judge agrees with the humans (κ ${judgeKappa}) at least as well as they agree with each other (κ 0.4).`,
    );
    expect(noiseSentence(noisy(0.9))).toMatch(/^Not yet within human noise/);
    // Experts who disagree beyond chance (as two reviewers did on the sample) set no bar to reach.
    expect(noiseSentence(noisy(-0.75))).toBe(
      `No human noise to compare with: the experts agree no better than chance among themselves (κ -0.75), so the judge’s κ ${judgeKappa} cannot be judged against them. Settle the items where they split first.`,
    );
    expect(noiseSentence(noisy(0))).toMatch(/^No human noise to compare with/);
    expect(noiseSentence(agreementResult())).toMatch(/^Only one reviewer rated the same items/);
  });

  it('puts before and after side by side with the signed change', () => {
    const before = agreementResult();
    const after = agreementResult({ binary: { ...before.binary, accuracy: 0.9, kappa: 0.8, f1_fail: 0.8 } });
    const rows = beforeAfter(before, after);
    expect(rows.find((row) => row.key === 'kappa')).toMatchObject({
      before: '0.5 (0.1 – 0.8)',
      after: '0.8 (0.1 – 0.8)',
      change: '+0.3',
    });
    expect(rows.find((row) => row.key === 'accuracy')?.change).toBe('+15 pts');
  });
});

describe('versions over time', () => {
  it('draws versions with verdicts, intervals as distances below and above', () => {
    const points = versionPoints([
      { version: 1, createdAt: '', agreement: agreementResult() },
      { version: 2, createdAt: '', agreement: null },
    ]);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ version: 'v1', n: 20, accuracy: 0.75, kappa: 0.5 });
    expect(points[0]!.accuracyError![0]).toBeCloseTo(0.2);
    expect(points[0]!.accuracyError![1]).toBeCloseTo(0.15);
    expect(points[0]!.kappaError![0]).toBeCloseTo(0.4);
  });

  it('runs the value axis from 0 to 1 in quarters, lower where κ or its interval goes negative', () => {
    expect(valueTicks(versionPoints([{ version: 1, createdAt: '', agreement: agreementResult() }]))).toEqual([
      0, 0.25, 0.5, 0.75, 1,
    ]);
    const negative = agreementResult({
      ci: { ...agreementResult().ci, binary: { ...agreementResult().ci.binary, kappa: { lower: -0.36, upper: 0.5 } } },
    });
    expect(valueTicks(versionPoints([{ version: 1, createdAt: '', agreement: negative }]))[0]).toBe(-0.5);
    expect(valueTicks([])).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('few-shot edits', () => {
  const set = [example(1), example(2), example(3)];

  it('moves, removes and rewords without touching the other examples', () => {
    expect(moveExample(set, 0, 1).map((e) => e.itemId)).toEqual([2, 1, 3]);
    expect(moveExample(set, 2, -1).map((e) => e.itemId)).toEqual([1, 3, 2]);
    expect(moveExample(set, 0, -1)).toBe(set);
    expect(moveExample(set, 2, 1)).toBe(set);
    expect(removeExample(set, 1).map((e) => e.itemId)).toEqual([1, 3]);
    expect(rewordExample(set, 1, 'Better')[1]!.justification).toBe('Better');
    expect(set[1]!.justification).toBe('Why 2 fails');
  });

  it('saves item, label and trimmed rationale, and refuses a blank rationale', () => {
    expect(curated([example(1, { justification: '  Why  ' })])).toEqual([
      { itemId: 1, labelId: 101, rationale: 'Why' },
    ]);
    expect(curated([example(1, { labelId: null })])).toEqual([]);
    expect(saveProblem(set)).toBeNull();
    expect(saveProblem(rewordExample(set, 0, '  '))).toMatch(/rationale/);
  });

  it('offers only candidates not already in the set', () => {
    expect(addable([example(2), example(4)], set).map((e) => e.itemId)).toEqual([4]);
  });

  it('keeps example counts within the contract', () => {
    expect([clampExampleCount(0), clampExampleCount(7.4), clampExampleCount(99)]).toEqual([1, 7, 50]);
  });
});

describe('calibration choices', () => {
  it('offers each judge with verdicts once, A–Z', () => {
    expect(judgesWithVerdicts([{ judges: ['safety', 'correctness'] }, { judges: ['correctness'] }])).toEqual([
      'correctness',
      'safety',
    ]);
  });

  it('shows the judge with the most reviewed items first, else the first by name', () => {
    const datasets: Pick<DatasetSummary, 'judges' | 'reviewed'>[] = [
      { judges: ['safety', 'correctness'], reviewed: { correctness: 2, safety: 3 } },
      { judges: ['correctness'], reviewed: { correctness: 2 } },
    ];
    expect(mostReviewedJudge(datasets)).toBe('correctness');
    expect(mostReviewedJudge([{ judges: ['safety', 'correctness'], reviewed: {} }])).toBe('correctness');
    expect(mostReviewedJudge([])).toBeNull();
  });

  it('keeps the items of every overview seen, by id, in key order', () => {
    const first = knownItems(new Map(), overview());
    expect([...first.keys()]).toEqual([1, 2, 3, 4]);
    expect(first.get(3)?.key).toBe('nw-3');
    const later = overview({ passFail: [{ judge: 'pass', human: 'pass', items: [itemRef(10), itemRef(2)] }] });
    expect([...knownItems(first, later).keys()]).toEqual([1, 2, 3, 4, 10]);
  });

  it('reads an example’s human verdict', () => {
    expect(exampleVerdict(example(1))).toBe('fail');
    expect(exampleVerdict({ score: 2, label: null, pass: false })).toBe('score 2 · fail');
    expect(exampleVerdict({ score: null, label: null, pass: null })).toBe('—');
  });
});

describe('the experts among themselves', () => {
  const withExperts = (alpha: number | null, overlap: number, scored = false) => {
    const base = agreementResult();
    const interval = { lower: 0.48, upper: 0.75 };
    return agreementResult({
      human_human: {
        overlap,
        pairwise_kappa: 0.5,
        krippendorff_alpha: scored ? 0.9 : alpha,
        ordinal: scored ? { pairwise_qwk: 0.7, krippendorff_alpha_interval: alpha } : null,
      },
      ci: {
        ...base.ci,
        human_human: {
          pairwise_kappa: { lower: 0.3, upper: 0.7 },
          krippendorff_alpha: scored ? { lower: 0.8, upper: 0.95 } : interval,
          ordinal: scored ? { pairwise_qwk: { lower: 0.5, upper: 0.8 }, krippendorff_alpha_interval: interval } : null,
        },
      },
    });
  };

  it('says alpha with its interval and the overlap, and warns below 0.6', () => {
    const experts = expertAgreement(withExperts(0.62, 40));
    expect(expertsSentence(experts)).toBe(
      'Experts among themselves: α 0.62 (95% 0.48 – 0.75) on 40 items labelled by two or more.',
    );
    expect(experts.ambiguous).toBe(false);
    expect(expertAgreement(withExperts(0.41, 40)).ambiguous).toBe(true);
  });

  it('reads the interval alpha on scores for scale judges, as the calibration check does', () => {
    const experts = expertAgreement(withExperts(0.55, 12, true));
    expect(experts.alpha).toBe(0.55);
    expect(experts.ambiguous).toBe(true);
    expect(expertsSentence(experts)).toContain('α 0.55 (95% 0.48 – 0.75) on 12 items');
  });

  it('says the agreement is unknown when no item has two experts', () => {
    expect(expertsSentence(expertAgreement(withExperts(null, 0)))).toBe(
      'No item was labelled by two experts yet, so their agreement is unknown.',
    );
  });
});
