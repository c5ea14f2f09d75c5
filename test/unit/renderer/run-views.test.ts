import { describe, expect, it } from 'vitest';
import { alignAggregates, difference } from '../../../renderer/src/store/run-comparison';
import { AGGREGATE_METRICS, showDifference } from '../../../renderer/src/views/runs/aggregate-facts';
import { distributionBars, MAX_SCORE_BARS } from '../../../renderer/src/views/runs/distribution';
import { availableActions, remaining } from '../../../renderer/src/views/runs/run-state';
import { aggregate, runSummary } from './judging-fixtures';

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
  it('orders scores numerically and yes before no', () => {
    expect(distributionBars({ '10': 1, '2': 3, '1': 5 }).map((bar) => bar.label)).toEqual(['1', '2', '10']);
    expect(distributionBars({ no: 2, yes: 8 })).toEqual([
      { label: 'yes', count: 8 },
      { label: 'no', count: 2 },
    ]);
    expect(distributionBars({ partial: 1, correct: 4, incorrect: 2 }).map((bar) => bar.label)).toEqual([
      'correct',
      'incorrect',
      'partial',
    ]);
  });

  it('bins continuous scores, keeping every count', () => {
    const distribution = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [String(i / 50), 2]));
    const bars = distributionBars(distribution);
    expect(bars).toHaveLength(MAX_SCORE_BARS);
    expect(bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(100);
    expect(bars[0]?.label).toBe('0–0.1');
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

  it('counts as remaining what is neither answered nor failed', () => {
    expect(remaining(runSummary(1, { total: 100, done: 60, errors: 5 }))).toBe(35);
  });
});
