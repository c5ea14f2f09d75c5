// Reading one answer value (a score, a yes/no, a category) against the output type. Anything that is
// not unambiguously valid is an error that says what was wrong, never a nearest guess.
import type { OutputType } from '../../shared/domain';
import { describeAnswer } from './output-schema';
import { escapeRegExp } from './regexp';
import { isWholeScale, rangeText, type Scale } from './scale';

export type ValueReading = { ok: true; score: number | null; label: string | null } | { ok: false; error: string };

// A leading number, optionally "out of" a maximum: "4", "4/5", "4 out of 5", "4 - mostly right".
const SCORE_TEXT = /^(-?\d+(?:\.\d+)?)(?:\s*(?:\/|out of)\s*(\d+(?:\.\d+)?))?(?![\d.])/i;

/** Surrounding quotes, markdown emphasis and trailing punctuation are not part of a value. */
function bare(text: string): string {
  return text
    .trim()
    .replace(/^["'*_`]+/, '')
    .replace(/["'*_`.,;:!]+$/, '')
    .trim();
}

function readScore(value: unknown, scale: Scale): ValueReading {
  let score: number;
  if (typeof value === 'number') {
    score = value;
  } else if (typeof value === 'string') {
    const match = SCORE_TEXT.exec(bare(value));
    if (!match) return { ok: false, error: `score ${JSON.stringify(value)} is not a number` };
    score = Number(match[1]);
    if (match[2] !== undefined && Number(match[2]) !== scale.max) {
      return { ok: false, error: `score ${match[1]}/${match[2]} is not on the ${rangeText(scale)} scale` };
    }
  } else {
    return { ok: false, error: `score ${JSON.stringify(value)} is not a number` };
  }
  if (!Number.isFinite(score)) return { ok: false, error: `score ${String(value)} is not a number` };
  if (score < scale.min || score > scale.max) {
    return { ok: false, error: `score ${score} is outside ${rangeText(scale)}` };
  }
  if (isWholeScale(scale) && !Number.isInteger(score)) {
    return { ok: false, error: `score ${score} is not a whole number on the ${rangeText(scale)} scale` };
  }
  return { ok: true, score, label: null };
}

/**
 * The option a text names: the whole text in any case, else the longest option it starts with as a
 * word ("yes, because…"). Leading matches keep their case when `leadingCase` is set, so that the
 * article in "a tie" is not read as category "A".
 */
function matchOption(text: string, options: readonly string[], leadingCase: boolean): string | null {
  const value = bare(text);
  const exact = options.find((option) => option.toLowerCase() === value.toLowerCase());
  if (exact !== undefined) return exact;
  const flags = leadingCase ? '' : 'i';
  const leading = options
    .filter((option) => new RegExp(`^${escapeRegExp(option)}(?!\\w)`, flags).test(value))
    .sort((a, b) => b.length - a.length);
  return leading[0] ?? null;
}

// Answers to the rubric's yes/no question. "pass"/"fail" are not accepted: they would mean the
// opposite of "yes"/"no" for a question whose "yes" is the bad outcome (harmful? refused?).
const VERDICT_WORDS: Record<string, 'yes' | 'no'> = { yes: 'yes', no: 'no', true: 'yes', false: 'no' };

function readVerdict(value: unknown): ValueReading {
  if (typeof value === 'boolean') return { ok: true, score: null, label: value ? 'yes' : 'no' };
  const word = typeof value === 'string' ? matchOption(value, Object.keys(VERDICT_WORDS), false) : null;
  const verdict = word === null ? undefined : VERDICT_WORDS[word];
  if (verdict === undefined) return { ok: false, error: `verdict ${JSON.stringify(value)} is not "yes" or "no"` };
  return { ok: true, score: null, label: verdict };
}

function readCategory(value: unknown, categories: readonly string[]): ValueReading {
  const label = typeof value === 'string' ? matchOption(value, categories, true) : null;
  if (label === null) {
    return {
      ok: false,
      error: `label ${JSON.stringify(value)} is not ${describeAnswer({ kind: 'categories', categories: [...categories] })}`,
    };
  }
  return { ok: true, score: null, label };
}

export function readAnswerValue(value: unknown, outputType: OutputType): ValueReading {
  switch (outputType.kind) {
    case 'scale':
      return readScore(value, outputType);
    case 'pass_fail':
      return readVerdict(value);
    case 'categories':
      return readCategory(value, outputType.categories);
  }
}
