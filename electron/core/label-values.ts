// A label's value must be a verdict on the judge's own scale: a score within the scale, one of its
// categories, or pass/fail.
import type { OutputType } from '../../shared/domain';
import type { LabelValue } from '../../shared/review';

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
      return value.pass === null ? 'a pass (yes) or fail (no) is needed' : null;
    case 'categories':
      if (value.label === null) return `one of ${outputType.categories.join(', ')} is needed`;
      return outputType.categories.includes(value.label)
        ? null
        : `"${value.label}" is not one of ${outputType.categories.join(', ')}`;
  }
}

/**
 * Reads a value written by a person (CSV cell, command line) on the judge's scale: numbers for
 * scales, yes/no (also pass/fail, true/false, 1/0) for pass/fail judges, a category name otherwise.
 */
export function parseValue(text: string, outputType: OutputType): LabelValue {
  const trimmed = text.trim();
  const empty: LabelValue = { score: null, label: null, pass: null };
  switch (outputType.kind) {
    case 'scale': {
      const score = Number(trimmed);
      return { ...empty, score: trimmed === '' || Number.isNaN(score) ? null : score };
    }
    case 'pass_fail': {
      const lower = trimmed.toLowerCase();
      const pass = ['yes', 'pass', 'true', '1'].includes(lower)
        ? true
        : ['no', 'fail', 'false', '0'].includes(lower)
          ? false
          : null;
      return { ...empty, pass, label: pass === null ? null : pass ? 'yes' : 'no' };
    }
    case 'categories':
      return { ...empty, label: trimmed === '' ? null : trimmed };
  }
}
