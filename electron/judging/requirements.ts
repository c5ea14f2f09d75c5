// Fields a template cannot judge without: a judge asked to compare with a reference that is not
// there must report it, never guess: never a silent score.
import type { ItemFields } from '../../shared/domain';
import type { Placeholder } from './placeholders';

/** At least one of these fields must be provided (one field, or alternatives such as reference or facts). */
export type FieldRequirement = readonly Placeholder[];

/** Null fields, empty lists and guideline sets without a name are missing; an empty string is an (empty) answer. */
export function hasField(item: ItemFields, field: Placeholder): boolean {
  const value = item[field];
  if (value === null) return false;
  if (typeof value === 'string') return true;
  return Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0;
}

/** "missing field: …" naming what the judge needs, or null when the item has everything. */
export function missingFieldMessage(
  judge: string,
  item: ItemFields,
  requirements: readonly FieldRequirement[],
): string | null {
  const unmet = requirements.filter((anyOf) => !anyOf.some((field) => hasField(item, field)));
  if (unmet.length === 0) return null;
  const needs = unmet.map((anyOf) => anyOf.join(' or ')).join(' and ');
  return `missing field: ${judge} needs ${needs}, which this item does not have`;
}
