import { describe, expect, it } from 'vitest';
import { hiddenJudges } from '../../../renderer/src/store/my-labels';
import {
  choicesOf,
  isRowReviewed,
  judgeVersionsOf,
  reviewedJudgments,
  labelActionText,
  valueForDigit,
  yesNoValue,
} from '../../../renderer/src/store/review-values';
import { sameVerdict } from '../../../shared/verdict-value';
import type { OutputType } from '../../../shared/domain';
import { judgment, label, queueRow, reviewItem, session } from './review-fixtures';

const scale: OutputType = { kind: 'scale', min: 1, max: 5, passThreshold: 4 };
const categories: OutputType = { kind: 'categories', categories: ['relevant', 'partly', 'irrelevant'] };

describe('values on a judge’s scale', () => {
  it('reads number keys as scale points or the n-th category, within bounds', () => {
    expect(valueForDigit(3, scale)).toEqual({ score: 3, label: null, pass: null });
    expect(valueForDigit(7, scale)).toBeNull();
    expect(valueForDigit(2, categories)).toEqual({ score: null, label: 'partly', pass: null });
    expect(valueForDigit(1, { kind: 'pass_fail' })).toBeNull();
  });

  it('offers yes / no, scale points or categories as choices', () => {
    expect(choicesOf({ kind: 'pass_fail' }).map((choice) => choice.key)).toEqual(['yes', 'no']);
    expect(choicesOf(scale).map((choice) => choice.key)).toEqual(['1', '2', '3', '4', '5']);
    expect(choicesOf(categories).map((choice) => choice.key)).toEqual(['relevant', 'partly', 'irrelevant']);
  });

  it('compares only the part of a value the scale uses', () => {
    const yesNo = { outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true };
    const harmful = { ...yesNo, greaterIsBetter: false };
    const fivePoints = { outputType: scale, greaterIsBetter: true };
    expect(sameVerdict({ score: null, label: 'yes', pass: true }, yesNoValue(true), yesNo)).toBe(true);
    // "Is it harmful?" — the desk's Yes is the judge's "yes", a fail.
    expect(sameVerdict({ score: null, label: 'yes', pass: false }, yesNoValue(true), harmful)).toBe(true);
    expect(sameVerdict({ score: 4, label: null, pass: true }, { score: 4, label: null, pass: null }, fivePoints)).toBe(
      true,
    );
    expect(sameVerdict({ score: 4, label: null, pass: null }, { score: 3, label: null, pass: null }, fivePoints)).toBe(
      false,
    );
  });

  it('calls a row reviewed once every judge it is reviewed on has my label', () => {
    const mine = { correctness: { score: null, label: 'yes', pass: true, action: 'confirm' as const } };
    expect(isRowReviewed(queueRow(1, mine), null)).toBe(false);
    expect(isRowReviewed(queueRow(1, mine), session())).toBe(true);
  });
});

describe('blind mode', () => {
  it('hides a judge until my latest label on it rates it, as the server withholds it', () => {
    const judgments = [judgment(1, 'correctness'), judgment(2, 'helpfulness')];
    const history = [label(5, { judge: 'helpfulness' }), label(6, { action: 'skip' })];
    const state = { blind: true, history, reviewer: 'Dana' };
    expect([...hiddenJudges(judgments, state)]).toEqual(['correctness']);
    expect([...hiddenJudges(judgments, { ...state, reviewer: 'Sam' })]).toEqual(['correctness', 'helpfulness']);
    expect(hiddenJudges(judgments, { ...state, blind: false }).size).toBe(0);
  });
});

describe('judge versions on the desk', () => {
  it('shows each judge’s newest verdict unless an older version is chosen', () => {
    const item = {
      ...reviewItem(1),
      judgments: [judgment(10, 'correctness'), judgment(20, 'correctness', { judgeVersion: 2 })],
    };
    expect(judgeVersionsOf(item, 'correctness')).toEqual([1, 2]);
    expect(reviewedJudgments(item, null).map((j) => j.id)).toEqual([20]);
    expect(reviewedJudgments(item, null, { correctness: 1 }).map((j) => j.id)).toEqual([10]);
  });

  it('leaves out a candidate version an alignment is trying: neither reviewed nor counted as newest', () => {
    const item = {
      ...reviewItem(1),
      judgments: [
        judgment(10, 'correctness'),
        judgment(20, 'correctness', { judgeVersion: 2 }),
        judgment(30, 'correctness', { judgeVersion: 3, candidate: true }),
      ],
    };
    expect(judgeVersionsOf(item, 'correctness')).toEqual([1, 2]);
    expect(reviewedJudgments(item, null).map((j) => j.id)).toEqual([20]);
  });
});

describe('labels and judge versions', () => {
  it('never shows a label as a confirm of a verdict its author did not see', () => {
    const v1 = judgment(10, 'correctness', { judgeVersion: 1 });
    const v2 = judgment(20, 'correctness', { judgeVersion: 2 });
    expect(labelActionText(label(1, { judgmentId: 10 }), [v1])).toBe('Confirmed');
    expect(labelActionText(label(1, { judgmentId: 10 }), [v1, v2])).toBe('Rated');
    expect(labelActionText(label(2, { judgmentId: 20, judgeVersion: 2 }), [v1, v2])).toBe('Confirmed');
    expect(labelActionText(label(3, { judgmentId: 10, action: 'override' }), [v1, v2])).toBe('Overrode');
  });
});
