// Before a run asks anything: does every selected item have the fields each judge needs? A judge
// run on items without its reference would only fail item after item, so the run is refused, naming
// the judge, the field and how many items lack it, unless asked to keep only the complete items.
import type Database from 'better-sqlite3';
import type { MissingField } from '../../shared/contract';
import type { JudgeSpec } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { hasField, type FieldRequirement } from '../judging/requirements';
import { templateByName } from '../judging/templates';
import { itemFields } from './run-store';

export interface PlannedJudge {
  name: string;
  spec: JudgeSpec;
}

export interface FieldCheck {
  missing: MissingField[];
  /** The selected items that have every field every judge needs, in selection order. */
  complete: number[];
}

function requirementsOf(spec: JudgeSpec): FieldRequirement[] {
  const template = spec.template === null ? undefined : templateByName(spec.template);
  const needs = [...(template?.requires ?? [])];
  if (spec.mode === 'per_chunk') needs.push(['retrieved_context']);
  return needs;
}

/** `generatesResponse`: a candidate model writes the responses, so the dataset need not have them. */
export function checkFields(
  db: Database.Database,
  judges: readonly PlannedJudge[],
  itemIds: readonly number[],
  generatesResponse: boolean,
): FieldCheck {
  const checks = judges.flatMap((judge) =>
    requirementsOf(judge.spec)
      .filter((anyOf) => !(generatesResponse && anyOf.includes('response')))
      .map((anyOf) => ({ judge: judge.name, anyOf, items: 0 })),
  );
  if (checks.length === 0) return { missing: [], complete: [...itemIds] };
  const complete: number[] = [];
  for (const itemId of itemIds) {
    const item = itemFields(db, itemId);
    let hasAll = true;
    for (const check of checks) {
      if (check.anyOf.some((field) => hasField(item, field))) continue;
      check.items++;
      hasAll = false;
    }
    if (hasAll) complete.push(itemId);
  }
  const missing = checks
    .filter((check) => check.items > 0)
    .map((check) => ({ judge: check.judge, field: check.anyOf.join(' or '), items: check.items }));
  return { missing, complete };
}

/** The items a run may be started on: all selected, or only the complete ones when asked; else a refusal. */
export function runnableItems(check: FieldCheck, selected: number, onlyComplete: boolean): number[] {
  if (check.missing.length === 0) return check.complete;
  const gaps = check.missing
    .map((gap) => `${gap.judge} needs ${gap.field}, which ${gap.items} of the ${selected} selected items lack`)
    .join('; ');
  if (check.complete.length === 0) {
    throw new GavelError(
      'INVALID_INPUT',
      `Not started, nothing was sent: ${gaps}. No selected item has every field the judges need.`,
    );
  }
  if (onlyComplete) return check.complete;
  throw new GavelError(
    'INVALID_INPUT',
    `Not started, nothing was sent: ${gaps}. Run on the ${check.complete.length} items that have every field ` +
      '(--only-complete on the command line, "Only items with every field" in the run form), or add the field to the dataset.',
  );
}
