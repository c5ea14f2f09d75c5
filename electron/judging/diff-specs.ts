// What changed between two judge versions, field by field: the instructions as a line diff, every
// other field as (key-sorted) JSON.
import { diffLines } from 'diff';
import type { SpecDiffEntry } from '../../shared/contract';
import type { JudgeSpec } from '../../shared/judging';
import { stableJson } from './stable-json';

// Every field of a JudgeSpec, in the order an editor shows them; the type check fails if one is missing.
const FIELDS_SHOWN = {
  template: true,
  kind: true,
  description: true,
  instructions: true,
  outputType: true,
  greaterIsBetter: true,
  mode: true,
  guidelines: true,
  heuristic: true,
  provider: true,
  model: true,
  params: true,
  fewshot: true,
} satisfies Record<keyof JudgeSpec, true>;
const FIELDS = Object.keys(FIELDS_SHOWN) as (keyof JudgeSpec)[];

export function diffSpecs(before: JudgeSpec, after: JudgeSpec): SpecDiffEntry[] {
  return FIELDS.flatMap((field): SpecDiffEntry[] => {
    if (field === 'instructions') {
      if (before.instructions === after.instructions) return [];
      const lines = diffLines(before.instructions, after.instructions).map(({ added, removed, value }) => ({
        added,
        removed,
        value,
      }));
      return [{ field, before: before.instructions, after: after.instructions, lines }];
    }
    const [was, is] = [stableJson(before[field], 2), stableJson(after[field], 2)];
    return was === is ? [] : [{ field, before: was, after: is, lines: null }];
  });
}
