import { describe, expect, it } from 'vitest';
import { runStatusShown } from '../../../renderer/src/format/judging';
import { verdictOnScale } from '../../../renderer/src/format/verdict';
import { alignAggregates, difference } from '../../../renderer/src/store/run-comparison';
import { sumEstimates } from '../../../renderer/src/store/run-estimates';
import { AGGREGATE_METRICS, showDifference, showMetric } from '../../../renderer/src/views/runs/aggregate-facts';
import { distributionBars, MAX_SCORE_BARS } from '../../../renderer/src/views/runs/distribution';
import { launchableJudges, pairwiseJudges } from '../../../renderer/src/views/runs/judge-choices';
import { pairwiseSides } from '../../../renderer/src/views/runs/pairwise-sides';
import { availableActions, remaining } from '../../../renderer/src/views/runs/run-state';
import type { OutputType } from '../../../shared/domain';
import { aggregate, judgeSpec, judgeSummary, runSummary, version } from './judging-fixtures';

describe('run comparison', () => {
  it('aligns the judges of two runs by name, A’s order first', () => {
    const rows = alignAggregates(
      [aggregate('relevance'), aggregate('correctness')],
      [aggregate('correctness', { mean: 4.5 }), aggregate('safety')],
    );
    expect(rows.map((row) => [row.judge, row.a !== null, row.b !== null])).toEqual([
      ['relevance', true, false],
      ['correctness', true, true],
      ['safety', false, true],
    ]);
    expect(rows[1]?.b?.mean).toBe(4.5);
  });

  it('tells two versions of one judge in the same run apart', () => {
    const rows = alignAggregates(
      [aggregate('correctness', { version: 1 }), aggregate('correctness', { version: 2, judgeVersionId: 11 })],
      [aggregate('correctness', { version: 2, judgeVersionId: 11 })],
    );
    expect(rows.map((row) => row.judge)).toEqual(['correctness v1', 'correctness v2', 'correctness']);
  });

  it('shows differences as B − A, pass rates in points', () => {
    expect(difference(3, 4.5)).toBe(1.5);
    expect(difference(null, 4)).toBeNull();
    const metric = (name: string) => AGGREGATE_METRICS.find((candidate) => candidate.name === name)!;
    const a = aggregate('j', { mean: 4, passRate: 0.5, cost: 0.2 });
    const b = aggregate('j', { mean: 3.5, passRate: 0.625, cost: 0.25 });
    expect(showDifference(metric('Mean'), a, b)).toBe('−0.5');
    expect(showDifference(metric('Pass rate'), a, b)).toBe('+12.5 pts');
    expect(showDifference(metric('Cost'), a, b)).toBe('+$0.05');
    expect(showDifference(metric('Mean'), a, null)).toBe('—');
  });
});

describe('score distribution bars', () => {
  const oneToFive: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };
  const bars = (distribution: Record<string, number>, outputType: OutputType) =>
    distributionBars(distribution, outputType).map((bar) => [bar.label, bar.count]);

  it('draws every score of a small integer scale, the ones nobody got included', () => {
    expect(bars({ '5': 7, '2': 3 }, oneToFive)).toEqual([
      ['1', 0],
      ['2', 3],
      ['3', 0],
      ['4', 0],
      ['5', 7],
    ]);
    expect(bars({ '10': 1 }, { kind: 'scale', min: 0, max: 10, passThreshold: null })).toHaveLength(11);
  });

  it('orders yes before no and categories as the judge declares them, zero counts included', () => {
    expect(bars({ no: 2 }, { kind: 'pass_fail' })).toEqual([
      ['yes', 0],
      ['no', 2],
    ]);
    const pairwise: OutputType = { kind: 'categories', categories: ['A', 'B', 'tie'] };
    expect(bars({ tie: 1, B: 4 }, pairwise)).toEqual([
      ['A', 0],
      ['B', 4],
      ['tie', 1],
    ]);
    // Labels the output type does not declare (imported verdicts) follow, A–Z.
    expect(bars({ zeta: 1, alpha: 2 }, { kind: 'categories', categories: ['x', 'y'] }).map(([l]) => l)).toEqual([
      'x',
      'y',
      'alpha',
      'zeta',
    ]);
  });

  it('gives scores off the integer steps a bar per value as it reads, ascending', () => {
    expect(bars({ '4.5': 1, '2.25': 3 }, oneToFive)).toEqual([
      ['2.25', 3],
      ['4.5', 1],
    ]);
    const f1: OutputType = { kind: 'scale', min: 0, max: 1, passThreshold: null };
    expect(bars({ '0.11764705882352942': 1, '0.118': 2, '0': 4 }, f1)).toEqual([
      ['0', 4],
      ['0.12', 3],
    ]);
  });

  it('bins continuous scores, keeping every count', () => {
    const distribution = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(i / 50), 2]));
    const binned = distributionBars(distribution, { kind: 'scale', min: 0, max: 1, passThreshold: 0.5 });
    expect(binned).toHaveLength(MAX_SCORE_BARS);
    expect(binned.reduce((sum, bar) => sum + bar.count, 0)).toBe(100);
    expect(binned[0]?.label).toBe('0–0.1');
  });
});

describe('verdicts on their scale', () => {
  const verdict = (changes: Partial<{ score: number; label: string; pass: boolean }>) => ({
    score: null,
    label: null,
    pass: null,
    ...changes,
  });

  it('reads a score out of its maximum, a pass/fail judge as its answer, a category as itself', () => {
    const scale: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };
    expect(verdictOnScale(verdict({ score: 4, pass: true }), scale)).toBe('4 / 5 · Pass');
    expect(verdictOnScale(verdict({ pass: true }), { kind: 'pass_fail' })).toBe('yes');
    // A judge where less is better: its "yes" fails, and still reads as what it answered.
    expect(verdictOnScale(verdict({ label: 'yes', pass: false }), { kind: 'pass_fail' })).toBe('yes');
    expect(verdictOnScale(verdict({ label: 'B' }), { kind: 'categories', categories: ['A', 'B', 'tie'] })).toBe('B');
  });

  it('shows a judge’s mean and P90 on its scale', () => {
    const metric = (name: string) => AGGREGATE_METRICS.find((candidate) => candidate.name === name)!;
    expect(showMetric(metric('Mean'), aggregate('j', { mean: 3.856 }))).toBe('3.86 / 5');
    expect(showMetric(metric('P90'), aggregate('j', { p90: 5 }))).toBe('5 / 5');
    expect(showMetric(metric('Mean'), null)).toBe('—');
  });
});

describe('pairwise runs', () => {
  it('names A and B after the two runs whose answers were compared', () => {
    const runs = [runSummary(1, { name: 'gpt-4o-mini (openai)' }), runSummary(2, { name: 'llama3.1:8b (ollama)' })];
    expect(pairwiseSides({ pairwise: { runA: 1, runB: 2 } }, runs)).toEqual({
      A: 'gpt-4o-mini (openai)',
      B: 'llama3.1:8b (ollama)',
    });
    expect(pairwiseSides({ pairwise: { runA: 1, runB: 7 } }, runs)?.B).toBe('run #7');
    expect(pairwiseSides({ pairwise: null }, runs)).toBeNull();
  });

  it('offers pairwise judges only for comparing two runs, never in the launch form', () => {
    const pairwise = judgeSummary({ ...version(40, 1, judgeSpec({ mode: 'pairwise' })), judge: 'preference' });
    const item = judgeSummary(version(10, 1));
    const imported = judgeSummary({ ...version(30, 1), judge: 'imported', kind: 'imported', spec: null });
    expect(launchableJudges([pairwise, item, imported]).map((judge) => judge.name)).toEqual(['correctness']);
    expect(pairwiseJudges([pairwise, item, imported]).map((judge) => judge.name)).toEqual(['preference']);
  });
});

describe('estimates of several runs', () => {
  it('adds up the figures and lists each unpriced model once', () => {
    const one = {
      judgments: 10,
      cached: 1,
      requests: 9,
      inputTokens: 100,
      outputTokens: 10,
      cost: 0.5,
      missingFields: [{ judge: 'correctness', field: 'expected_response', items: 2 }],
      completeItems: 8,
    };
    expect(
      sumEstimates([
        { ...one, unpricedModels: ['llama3.1:8b'] },
        { ...one, unpricedModels: ['llama3.1:8b', 'mistral'] },
      ]),
    ).toEqual({
      judgments: 20,
      cached: 2,
      requests: 18,
      inputTokens: 200,
      outputTokens: 20,
      cost: 1,
      unpricedModels: ['llama3.1:8b', 'mistral'],
      // The same items and judges: the fields they lack are counted once.
      missingFields: [{ judge: 'correctness', field: 'expected_response', items: 2 }],
      completeItems: 8,
    });
  });
});

describe('run actions', () => {
  it('offers what the run’s state allows', () => {
    const running = runSummary(1, { status: 'running', done: 10, errors: 2 });
    expect(availableActions(running)).toEqual({ cancel: true, pause: true, resume: false, retryErrors: false });
    const paused = runSummary(1, { status: 'paused', done: 10, errors: 2 });
    expect(availableActions(paused)).toEqual({ cancel: true, pause: false, resume: true, retryErrors: true });
    const finished = runSummary(1, { status: 'done', total: 100, done: 100 });
    expect(availableActions(finished)).toEqual({ cancel: false, pause: false, resume: false, retryErrors: false });
    const imported = runSummary(1, { kind: 'imported', status: 'done', total: 100, done: 90, errors: 10 });
    expect(availableActions(imported)).toEqual({ cancel: false, pause: false, resume: false, retryErrors: false });
  });

  it('offers to resume a run whose process died, and to retry its errors', () => {
    const interrupted = runSummary(1, { status: 'interrupted', total: 100, done: 40, errors: 3 });
    expect(availableActions(interrupted)).toEqual({ cancel: true, pause: false, resume: true, retryErrors: true });
  });

  it('never shows a run that ended with errors as a plain green Done', () => {
    expect(runStatusShown(runSummary(1, { status: 'done', errors: 3 }))).toEqual({
      label: 'Finished with 3 errors',
      tone: 'error',
    });
    expect(runStatusShown(runSummary(1, { status: 'done', errors: 1 })).label).toBe('Finished with 1 error');
    expect(runStatusShown(runSummary(1, { status: 'done', errors: 0 }))).toEqual({ label: 'Done', tone: 'pass' });
    expect(runStatusShown(runSummary(1, { status: 'failed', errors: 20 }))).toEqual({ label: 'Failed', tone: 'fail' });
    expect(runStatusShown(runSummary(1, { status: 'interrupted' }))).toEqual({ label: 'Interrupted', tone: 'error' });
  });

  it('counts as remaining what is neither answered nor failed', () => {
    expect(remaining(runSummary(1, { total: 100, done: 60, errors: 5 }))).toBe(35);
  });
});
