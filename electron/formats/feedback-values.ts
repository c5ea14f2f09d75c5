// Feedback values as tools store them (booleans, "yes"/"no", numbers, category names), and the
// scale a criterion's values imply when the file does not state it.
import type { OutputType } from '../../shared/domain';
import { toText } from './item-values';
import { ObservedScale, PASS_FAIL } from './verdicts';

/** Booleans and yes/no or true/false words are a pass or fail; other values are not. */
export function passOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  return word === 'yes' || word === 'true' ? true : word === 'no' || word === 'false' ? false : null;
}

/** A value as a verdict or label holds it: a pass, a score or a category. */
export function valueFields(value: unknown): { score: number | null; label: string | null; pass: boolean | null } {
  const pass = passOf(value);
  if (pass !== null) return { score: null, label: null, pass };
  if (typeof value === 'number') return { score: value, label: null, pass: null };
  return { score: null, label: toText(value), pass: null };
}

/** Per criterion name, the scale its values imply: pass/fail when all are, else what was seen. */
export class CriterionScales {
  private readonly seen = new Map<string, { scale: ObservedScale; binary: boolean }>();

  add(name: string, value: unknown): void {
    if (value === null || value === undefined) return;
    let entry = this.seen.get(name);
    if (entry === undefined) this.seen.set(name, (entry = { scale: new ObservedScale(), binary: true }));
    if (passOf(value) === null) {
      entry.binary = false;
      entry.scale.add(value);
    }
  }

  outputType(name: string): OutputType {
    const entry = this.seen.get(name);
    if (entry === undefined || entry.binary) return PASS_FAIL;
    return entry.scale.outputType();
  }
}
