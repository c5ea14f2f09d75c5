// A label's value must be a verdict on the judge's own scale: a score within the scale, one of its
// categories, or pass/fail.
import type { OutputType } from '../../shared/domain';
import type { LabelValue } from '../../shared/review';
import { canonicalValue, valueOfAnswer, type Polarity } from '../../shared/verdict-value';

/** Null when `value` fits `outputType`, else what is wrong with it. */
export function valueProblem(value: LabelValue, outputType: OutputType): string | null {
  switch (outputType.kind) {
    case 'scale':
      if (value.score === null) return `a score from ${outputType.min} to ${outputType.max} is needed`;
      if (value.score < outputType.min || value.score > outputType.max) {
        return `score ${value.score} is outside ${outputType.min}–${outputType.max}`;
      }
      return null;
    case 'pass_fail':
      return value.label === 'yes' || value.label === 'no' ? null : 'a yes or no (or pass / fail) is needed';
    case 'categories':
      if (value.label === null) return `one of ${outputType.categories.join(', ')} is needed`;
      return outputType.categories.includes(value.label)
        ? null
        : `"${value.label}" is not one of ${outputType.categories.join(', ')}`;
  }
}

const YES = ['yes', 'true', '1'];
const NO = ['no', 'false', '0'];

/**
 * Reads a value written by a person (CSV cell, command line) on the judge's scale, in its one
 * stored form: numbers for scales, a category name, or for yes/no judges the answer to the judge's
 * question (yes/no, true/false, 1/0) or its outcome (pass/fail), which the polarity tells apart:
 * for "is it harmful?" a "yes" is a fail.
 */
export function parseValue(text: string, judge: Polarity): LabelValue {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const empty: LabelValue = { score: null, label: null, pass: null };
  switch (judge.outputType.kind) {
    case 'scale': {
      const score = Number(trimmed);
      return trimmed === '' || Number.isNaN(score) ? empty : valueOfAnswer(score, judge);
    }
    case 'pass_fail': {
      if (YES.includes(lower)) return valueOfAnswer('yes', judge);
      if (NO.includes(lower)) return valueOfAnswer('no', judge);
      if (lower === 'pass' || lower === 'fail') return canonicalValue({ ...empty, pass: lower === 'pass' }, judge);
      return empty;
    }
    case 'categories':
      return trimmed === '' ? empty : valueOfAnswer(trimmed, judge);
  }
}
