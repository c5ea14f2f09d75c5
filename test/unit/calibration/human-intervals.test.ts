// The interval of the experts' agreement among themselves: a seeded bootstrap over the items two or
// more of them labelled, around the point estimate, narrower the more items they share.
import { describe, expect, it } from 'vitest';
import { bootstrapIntervals } from '../../../electron/calibration/bootstrap';
import {
  humanHumanAgreement,
  humanStatistics,
  overlapItems,
  type HumanRating,
} from '../../../electron/calibration/human-agreement';
import { humanHumanIntervals } from '../../../electron/calibration/intervals';

/**
 * Two experts on `repeats` copies of ten items: they agree on eight (five pass, three fail) and
 * split on two; scores 1–5 that agree on pass/fail and differ by one on two items. Plus one item
 * only the first expert labelled, which no agreement statistic can use.
 */
function ratings(repeats: number): HumanRating[] {
  const pattern: [pass: [boolean, boolean], score: [number, number]][] = [
    [
      [true, true],
      [5, 5],
    ],
    [
      [true, true],
      [4, 5],
    ],
    [
      [true, true],
      [4, 4],
    ],
    [
      [true, true],
      [5, 4],
    ],
    [
      [true, true],
      [3, 3],
    ],
    [
      [false, false],
      [1, 1],
    ],
    [
      [false, false],
      [2, 2],
    ],
    [
      [false, false],
      [1, 2],
    ],
    [
      [true, false],
      [3, 2],
    ],
    [
      [false, true],
      [2, 3],
    ],
  ];
  const shared = Array.from({ length: repeats }, (_, copy) =>
    pattern.flatMap(([pass, score], at) =>
      (['ana', 'ben'] as const).map((reviewer, which) => ({
        item: `item-${copy}-${at}`,
        reviewer,
        pass: pass[which]!,
        score: score[which]!,
      })),
    ),
  ).flat();
  return [...shared, { item: 'alone', reviewer: 'ana', pass: true, score: 5 }];
}

const width = (interval: { lower: number | null; upper: number | null }) => interval.upper! - interval.lower!;

describe('humanHumanIntervals', () => {
  it('counts the overlap and holds each point estimate inside its interval', () => {
    const data = ratings(4);
    const point = humanHumanAgreement(data, true);
    expect(point.overlap).toBe(40);
    const ci = humanHumanIntervals(data, true, { seed: 1 });
    const inside = (value: number | null, interval: { lower: number | null; upper: number | null }) => {
      expect(value).not.toBeNull();
      expect(interval.lower!).toBeLessThanOrEqual(value!);
      expect(interval.upper!).toBeGreaterThanOrEqual(value!);
      expect(interval.upper!).toBeGreaterThan(interval.lower!);
    };
    inside(point.krippendorff_alpha, ci.krippendorff_alpha);
    inside(point.pairwise_kappa, ci.pairwise_kappa);
    inside(point.ordinal!.pairwise_qwk, ci.ordinal!.pairwise_qwk);
    inside(point.ordinal!.krippendorff_alpha_interval, ci.ordinal!.krippendorff_alpha_interval);
  });

  it('narrows as the experts share more items', () => {
    const few = humanHumanIntervals(ratings(2), true, { seed: 1 });
    const many = humanHumanIntervals(ratings(20), true, { seed: 1 });
    expect(width(many.krippendorff_alpha)).toBeLessThan(width(few.krippendorff_alpha));
    expect(width(many.pairwise_kappa)).toBeLessThan(width(few.pairwise_kappa));
    expect(width(many.ordinal!.krippendorff_alpha_interval)).toBeLessThan(
      width(few.ordinal!.krippendorff_alpha_interval),
    );
  });

  it('gives the same interval for the same seed, and another for another seed', () => {
    const data = ratings(3);
    const first = humanHumanIntervals(data, false, { seed: 7 });
    expect(humanHumanIntervals(data, false, { seed: 7 })).toEqual(first);
    expect(humanHumanIntervals(data, false, { seed: 8 }).krippendorff_alpha).not.toEqual(first.krippendorff_alpha);
    expect(first.ordinal).toBeNull();
  });

  it('has no interval when fewer than two items were labelled by two experts', () => {
    const single = ratings(1).filter((rating) => rating.item === 'item-0-0' || rating.item === 'alone');
    const ci = humanHumanIntervals(single, false, { seed: 1 });
    expect(ci.krippendorff_alpha).toEqual({ lower: null, upper: null });
    expect(humanHumanAgreement(single, false).overlap).toBe(1);
  });
});

describe('the resampled statistics', () => {
  it('equal the statistics on the resampled ratings themselves, an item drawn twice counting twice', () => {
    // Three experts, each missing some items, scores 1–5 with a few left out.
    const reviewers = ['ana', 'ben', 'cy'];
    const data: HumanRating[] = Array.from({ length: 25 }, (_, item) =>
      reviewers.flatMap((reviewer, r) => {
        if ((item + r) % 4 === 0) return [];
        const score = ((item * (r + 2)) % 5) + 1;
        return [{ item: `i${item}`, reviewer, pass: score >= 3, score: (item + r) % 7 === 0 ? null : score }];
      }),
    ).flat();
    // The statistics as the point estimate computes them, on each resample's ratings renamed per draw.
    const onRatings =
      (statistic: (ratings: readonly HumanRating[]) => number | null) => (sample: readonly HumanRating[][]) =>
        statistic(sample.flatMap((ratings, draw) => ratings.map((rating) => ({ ...rating, item: String(draw) }))));
    const direct = bootstrapIntervals(
      overlapItems(data),
      {
        pairwise_kappa: onRatings(humanStatistics.pairwise_kappa),
        krippendorff_alpha: onRatings(humanStatistics.krippendorff_alpha),
        pairwise_qwk: onRatings(humanStatistics.pairwise_qwk),
        krippendorff_alpha_interval: onRatings(humanStatistics.krippendorff_alpha_interval),
      },
      { seed: 5, resamples: 300 },
    );
    const fast = humanHumanIntervals(data, true, { seed: 5, resamples: 300 });
    const close = (a: { lower: number | null; upper: number | null }, b: typeof a) => {
      expect(a.lower!).toBeCloseTo(b.lower!, 10);
      expect(a.upper!).toBeCloseTo(b.upper!, 10);
    };
    close(fast.pairwise_kappa, direct.pairwise_kappa);
    close(fast.krippendorff_alpha, direct.krippendorff_alpha);
    close(fast.ordinal!.pairwise_qwk, direct.pairwise_qwk);
    close(fast.ordinal!.krippendorff_alpha_interval, direct.krippendorff_alpha_interval);
  });
});
