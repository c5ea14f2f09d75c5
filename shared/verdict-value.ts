// What a verdict says, in one place: its answer on the judge's scale (a score, "yes"/"no", a
// category, a pairwise preference A / B / tie) and whether that answer passes for this judge.
// A judge's polarity matters twice: a yes/no judge asking "is it harmful?" fails on "yes", and a
// scale where lower is better passes at or below its threshold. Labels, statistics, the queue, the
// desk's buttons and every export read verdicts through these functions, so a person's "yes" and a
// judge's "yes" are the same verdict whatever the polarity, and a confirm equals an override to the
// same value. Pure functions only: this file runs in both processes.
import type { OutputType } from './domain';
import type { LabelValue } from './review';

/** What a judge's verdicts mean: their scale and whether higher (or "yes") is the good outcome. */
export interface Polarity {
  outputType: OutputType;
  greaterIsBetter: boolean;
}

/** A verdict's answer: a score on a scale, "yes"/"no", or a category (pairwise: A, B or tie). */
export type Answer = number | string;

const YES_NO = ['yes', 'no'] as const;

/**
 * The score from which a scale passes: the judge's pass threshold, else the scale's midpoint (so
 * a 1–5 judge without a threshold passes from 3 up, or from 3 down when lower is better).
 */
export function passThresholdOf(outputType: OutputType): number | null {
  if (outputType.kind !== 'scale') return null;
  return outputType.passThreshold ?? (outputType.min + outputType.max) / 2;
}

/** Whether a yes/no answer passes: "yes" passes unless "yes" is the bad outcome. */
export function yesNoPasses(answer: 'yes' | 'no', greaterIsBetter: boolean): boolean {
  return (answer === 'yes') === greaterIsBetter;
}

/** The yes/no answer that means `pass` for this polarity. */
export function yesNoForPass(pass: boolean, greaterIsBetter: boolean): 'yes' | 'no' {
  return pass === greaterIsBetter ? 'yes' : 'no';
}

const isYesNo = (text: string | null): text is 'yes' | 'no' =>
  text !== null && (YES_NO as readonly string[]).includes(text.toLowerCase());

/**
 * The answer a value gives on the judge's scale. A yes/no value stored only as a pass (imported
 * files, older labels) is read through the polarity. Null when the value gives no answer.
 */
export function answerOf(value: LabelValue, judge: Polarity): Answer | null {
  switch (judge.outputType.kind) {
    case 'scale':
      return value.score;
    case 'pass_fail':
      if (isYesNo(value.label)) return value.label.toLowerCase();
      return value.pass === null ? null : yesNoForPass(value.pass, judge.greaterIsBetter);
    case 'categories':
      return value.label;
  }
}

/** Whether an answer passes for this judge; categories carry no pass of their own. */
function answerPasses(answer: Answer, judge: Polarity): boolean | null {
  const { outputType, greaterIsBetter } = judge;
  switch (outputType.kind) {
    case 'scale': {
      const threshold = passThresholdOf(outputType)!;
      return greaterIsBetter ? Number(answer) >= threshold : Number(answer) <= threshold;
    }
    case 'pass_fail':
      return yesNoPasses(String(answer) as 'yes' | 'no', greaterIsBetter);
    case 'categories':
      return null;
  }
}

/** Whether a value passes for this judge (a category keeps the pass it was given, if any). */
export function passOf(value: LabelValue, judge: Polarity): boolean | null {
  const answer = answerOf(value, judge);
  if (answer === null) return value.pass;
  return answerPasses(answer, judge) ?? value.pass;
}

/** The stored form of an answer: the answer in its own field and the pass the judge's rule gives it. */
export function valueOfAnswer(answer: Answer, judge: Polarity): LabelValue {
  const pass = answerPasses(answer, judge);
  return typeof answer === 'number' ? { score: answer, label: null, pass } : { score: null, label: answer, pass };
}

/**
 * A value in its one stored form, so that equal verdicts are stored alike. A value without an
 * answer on the scale (a per-chunk judge's precision) is kept as it is.
 */
export function canonicalValue(value: LabelValue, judge: Polarity): LabelValue {
  const answer = answerOf(value, judge);
  if (answer === null) return { score: value.score, label: value.label, pass: value.pass };
  const canonical = valueOfAnswer(answer, judge);
  return judge.outputType.kind === 'categories' ? { ...canonical, pass: value.pass } : canonical;
}

/** Whether two values are the same verdict: the same answer on the judge's scale. */
export function sameVerdict(a: LabelValue, b: LabelValue, judge: Polarity): boolean {
  const answer = answerOf(a, judge);
  return answer !== null && answer === answerOf(b, judge);
}

/** A key equal for equal verdicts, for grouping and counting; null when the value gives no answer. */
export function verdictKey(value: LabelValue, judge: Polarity): string | null {
  const answer = answerOf(value, judge);
  return answer === null ? null : `${typeof answer}:${answer}`;
}

/**
 * Whether reviewers split on an item: their values are two or more different verdicts on the judge's
 * scale (a value without an answer counts as one of its own). The one meaning of "the experts split"
 * for the adjudication list, the Calibration view and `calibrate --require-agreement`.
 */
export function expertsSplit(values: readonly LabelValue[], judge: Polarity): boolean {
  return new Set(values.map((value) => verdictKey(value, judge))).size > 1;
}

/** The answer as people write it: "4", "yes", "B". */
export function answerText(value: LabelValue, judge: Polarity): string {
  const answer = answerOf(value, judge);
  return answer === null ? '—' : String(answer);
}
