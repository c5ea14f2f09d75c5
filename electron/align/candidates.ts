// The candidate versions a search tries: each guideline alone and all of them together, each with
// the judge's current few-shot examples and with examples drawn from development disagreements.
import type { FewShotExample, JudgeSpec } from '../../shared/judging';
import { applyGuidelines } from './guidelines';

export type ExampleSet = 'current' | 'development';

export interface CandidatePlan {
  guidelines: string[];
  examples: ExampleSet;
  spec: JudgeSpec;
}

/** Edits a candidate makes to its from-version: fewer wins a tie on development. */
export const editsOf = (plan: { guidelines: readonly string[]; examples: ExampleSet }) =>
  plan.guidelines.length + (plan.examples === 'development' ? 1 : 0);

export function candidatePlans(
  from: JudgeSpec,
  guidelines: readonly string[],
  fewshot: Record<ExampleSet, FewShotExample[]>,
): CandidatePlan[] {
  const distinct = [...new Set(guidelines)];
  const edits = distinct.length > 1 ? [...distinct.map((g) => [g]), distinct] : distinct.map((g) => [g]);
  const sets: ExampleSet[] = fewshot.development.length > 0 ? ['current', 'development'] : ['current'];
  return edits.flatMap((edit) =>
    sets.map((examples) => ({
      guidelines: edit,
      examples,
      spec: { ...from, instructions: applyGuidelines(from.instructions, edit), fewshot: fewshot[examples] },
    })),
  );
}

/** One line of what was tried, for the search's result. */
export const describePlan = (plan: { guidelines: readonly string[]; examples: ExampleSet; version: number }) =>
  `v${plan.version}: ${plan.guidelines.length === 1 ? `"${plan.guidelines[0]}"` : `all ${plan.guidelines.length} guidelines`} ` +
  `with ${plan.examples === 'current' ? 'the current few-shot examples' : 'few-shot examples from development disagreements'}`;
