// Reading a scale output type: its bounds as text, whether scores are whole numbers, its values.
import type { OutputType } from '../../shared/domain';

export type Scale = Extract<OutputType, { kind: 'scale' }>;

/** More values than this and a scale is not listed value by value (schema enum, distribution keys). */
const MAX_LISTED_VALUES = 21;

export function rangeText(scale: Scale): string {
  return `${scale.min}–${scale.max}`;
}

/**
 * Scales with whole-number bounds more than one apart take whole-number scores (1–5, 0–10); others
 * take any number within (0–1, where whole numbers would make a yes/no).
 */
export function isWholeScale(scale: Scale): boolean {
  return Number.isInteger(scale.min) && Number.isInteger(scale.max) && scale.max - scale.min > 1;
}

/** Every score of a short whole-number scale; null for long or fractional scales. */
export function listedScores(scale: Scale): number[] | null {
  if (!isWholeScale(scale) || scale.max - scale.min + 1 > MAX_LISTED_VALUES || scale.max < scale.min) return null;
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
}
