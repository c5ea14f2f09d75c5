// What every heuristic scorer shares: its verdicts, and reading the item fields and options it needs.
// A scorer that cannot run (a missing field, a bad option) gives an error verdict naming the cause,
// never a silent 0.
import type { ItemFields } from '../../../shared/domain';
import type { VerdictResult } from '../../../shared/judging';
import { doneVerdict, errorVerdict } from '../../judging/verdict';

export type ScorerOptions = Record<string, unknown>;
export type Scorer = (item: ItemFields, options: ScorerOptions) => VerdictResult;

/** Why a scorer cannot run; scoreHeuristic turns it into an error verdict. */
export class ScorerInputError extends Error {}

export function scored(score: number, pass: boolean | null, justification: string): VerdictResult {
  return doneVerdict({ score, label: null, pass, justification, raw: null });
}

export function failed(error: string): VerdictResult {
  return errorVerdict(error, null);
}

export function requireText(item: ItemFields, field: 'response' | 'expected_response'): string {
  const value = item[field];
  if (value === null) throw new ScorerInputError(`Missing field ${field}: this scorer needs it.`);
  return value;
}

export function numberOption(options: ScorerOptions, name: string): number | null {
  const value = options[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScorerInputError(`Option ${name} must be a number, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function stringOption(options: ScorerOptions, name: string): string | null {
  const value = options[name];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string')
    throw new ScorerInputError(`Option ${name} must be text, got ${JSON.stringify(value)}.`);
  return value;
}

export function requiredStringOption(options: ScorerOptions, name: string): string {
  const value = stringOption(options, name);
  if (!value) throw new ScorerInputError(`Option ${name} is required.`);
  return value;
}

export function booleanOption(options: ScorerOptions, name: string, fallback: boolean): boolean {
  const value = options[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'boolean') throw new ScorerInputError(`Option ${name} must be true or false.`);
  return value;
}

/** Pass when the score reaches the `threshold` option; null without one. */
export function passAtThreshold(score: number, options: ScorerOptions): boolean | null {
  const threshold = numberOption(options, 'threshold');
  return threshold === null ? null : score >= threshold;
}

/** Pass when the value lies within the `min` / `max` options; null without either. */
export function withinBounds(value: number, options: ScorerOptions): { pass: boolean | null; bounds: string } {
  const min = numberOption(options, 'min');
  const max = numberOption(options, 'max');
  if (min === null && max === null) return { pass: null, bounds: '' };
  const pass = (min === null || value >= min) && (max === null || value <= max);
  const bounds = min === null ? `at most ${max}` : max === null ? `at least ${min}` : `${min} to ${max}`;
  return { pass, bounds: ` (allowed: ${bounds})` };
}

export const fixed = (value: number): string => value.toFixed(2);

/** A text shown in a justification, quoted and cut short. */
export function quote(text: string, max = 80): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}
