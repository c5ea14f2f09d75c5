// Pure edits of a few-shot set being curated: the order is the prompt's order, so moving matters.
import type { FewShotExample } from '../../../shared/judging';

/** What `fewshot.save` and `fewshot.preview` take for one example. */
export interface CuratedExample {
  itemId: number;
  labelId: number;
  rationale: string;
}

export function moveExample(examples: FewShotExample[], index: number, step: 1 | -1): FewShotExample[] {
  const target = index + step;
  if (index < 0 || index >= examples.length || target < 0 || target >= examples.length) return examples;
  const moved = [...examples];
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

export const removeExample = (examples: FewShotExample[], index: number): FewShotExample[] =>
  examples.filter((_, at) => at !== index);

export const rewordExample = (examples: FewShotExample[], index: number, rationale: string): FewShotExample[] =>
  examples.map((example, at) => (at === index ? { ...example, justification: rationale } : example));

/** Examples that came from a reviewed item and label can be saved; the rest (none, normally) cannot. */
export function curated(examples: FewShotExample[]): CuratedExample[] {
  return examples.flatMap((example) =>
    example.itemId === null || example.labelId === null
      ? []
      : [{ itemId: example.itemId, labelId: example.labelId, rationale: example.justification.trim() }],
  );
}

/** Why the set cannot be saved as it is, or null when it can. */
export function saveProblem(examples: FewShotExample[]): string | null {
  if (examples.some((example) => example.justification.trim() === '')) return 'Every example needs a rationale.';
  return null;
}

/** Candidates not already in the set (an item is in it once). */
export function addable(candidates: FewShotExample[], examples: FewShotExample[]): FewShotExample[] {
  const inSet = new Set(examples.map((example) => example.itemId));
  return candidates.filter((candidate) => candidate.itemId !== null && !inSet.has(candidate.itemId));
}

/** The contract's bounds on how many examples a set, an export or a calibration takes. */
export const clampExampleCount = (count: number): number => Math.min(50, Math.max(1, Math.round(count)));
