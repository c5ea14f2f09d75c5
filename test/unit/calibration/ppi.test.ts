// PPI++ against values computed from ppi_py 0.2.3's formulas with numpy and scipy on fixed data
// (test/reference/ppi_reference.py wrote test/fixtures/ppi/reference.json), and its properties:
// the interval narrows with more labels and covers the truth at about the nominal rate.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { classicalMean, ppiMean, type LabelledPoint } from '../../../electron/calibration/ppi';

interface Case {
  name: string;
  labelled: LabelledPoint[];
  unlabelled: number[];
  ppi_plus_plus: { value: number; ci: [number, number]; lambda: number };
  ppi_lambda_1: { value: number; ci: [number, number]; lambda: number };
  classical: { value: number; ci: [number, number] };
  judge_only: { value: number; ci: [number, number] };
}

const reference = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../fixtures/ppi/reference.json'), 'utf8')) as {
  alpha: number;
  cases: Case[];
};

const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThan(1e-9);

describe('PPI++ equals the reference formulas', () => {
  it.each(reference.cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tuned = ppiMean(c.labelled, c.unlabelled, { alpha: reference.alpha });
    close(tuned.lambda, c.ppi_plus_plus.lambda);
    close(tuned.value, c.ppi_plus_plus.value);
    close(tuned.ci[0], c.ppi_plus_plus.ci[0]);
    close(tuned.ci[1], c.ppi_plus_plus.ci[1]);

    const plain = ppiMean(c.labelled, c.unlabelled, { alpha: reference.alpha, lambda: 1 });
    close(plain.value, c.ppi_lambda_1.value);
    close(plain.ci[0], c.ppi_lambda_1.ci[0]);
    close(plain.ci[1], c.ppi_lambda_1.ci[1]);

    const labelsOnly = classicalMean(
      c.labelled.map((p) => p.truth),
      { alpha: reference.alpha },
    );
    close(labelsOnly.value, c.classical.value);
    close(labelsOnly.ci[0], c.classical.ci[0]);
    close(labelsOnly.ci[1], c.classical.ci[1]);

    const judgeOnly = classicalMean([...c.labelled.map((p) => p.judge), ...c.unlabelled], { alpha: reference.alpha });
    close(judgeOnly.ci[0], c.judge_only.ci[0]);
    close(judgeOnly.ci[1], c.judge_only.ci[1]);
  });

  it('clips λ to [0, 1]: a judge that contradicts the experts gets λ = 0, the labels-only interval', () => {
    const contrary = reference.cases.find((c) => c.name === 'contrary_binary')!;
    const estimate = ppiMean(contrary.labelled, contrary.unlabelled);
    expect(estimate.lambda).toBe(0);
    close(estimate.ci[0], contrary.classical.ci[0]);
  });

  it('is narrower than the labels alone when the judge is informative', () => {
    const c = reference.cases.find((x) => x.name === 'informative_binary')!;
    const estimate = ppiMean(c.labelled, c.unlabelled);
    const labelsOnly = classicalMean(c.labelled.map((p) => p.truth));
    expect(estimate.ci[1] - estimate.ci[0]).toBeLessThan(labelsOnly.ci[1] - labelsOnly.ci[0]);
  });
});

/** A population where the judge is right with probability `accuracy`; truth passes at `rate`. */
function population(seed: number, size: number, rate: number, accuracy: number) {
  const generator = xoroshiro128plus(seed);
  const next = () => uniformInt(generator, 0, 999_999) / 1_000_000;
  return Array.from({ length: size }, () => {
    const truth = next() < rate ? 1 : 0;
    return { truth, judge: next() < accuracy ? truth : 1 - truth };
  });
}

describe('PPI++ properties', () => {
  it('narrows as more items are labelled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const items = population(seed, 4000, 0.7, 0.85);
        const width = (labels: number) => {
          const e = ppiMean(
            items.slice(0, labels),
            items.slice(labels).map((p) => p.judge),
          );
          return e.ci[1] - e.ci[0];
        };
        return width(800) < width(200) && width(200) < width(50);
      }),
      // Fixed seeds: with few labels, a sample where judge and expert always agree has no rectifier
      // variance and a narrow interval by chance (85% agreement over 50 labels: 3 in 10,000).
      { numRuns: 25, seed: 20261204 },
    );
  });

  it('covers the true pass rate about 95% of the time, even with a biased judge', () => {
    const trials = 400;
    const TRUE_RATE = 0.62;
    let covered = 0;
    for (let trial = 0; trial < trials; trial++) {
      const items = population(trial + 1, 1200, TRUE_RATE, 0.8);
      const labelled = items.slice(0, 150);
      const estimate = ppiMean(
        labelled,
        items.slice(150).map((p) => p.judge),
      );
      if (estimate.ci[0] <= TRUE_RATE && TRUE_RATE <= estimate.ci[1]) covered++;
    }
    // Binomial(400, 0.95) lies within [0.92, 0.98] with probability > 0.99.
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.98);
  });
});
