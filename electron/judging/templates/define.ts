// Building template entries: one shape for every family, with the fields each judge cannot do without.
import type { OutputType } from '../../../shared/domain';
import type { HeuristicScorer, JudgeMode, TemplateInfo } from '../../../shared/judging';
import type { FieldRequirement } from '../requirements';

/** A built-in template, with the item fields it cannot judge without. */
export interface JudgeTemplate extends TemplateInfo {
  requires: readonly FieldRequirement[];
}

interface LlmTemplateDefinition {
  name: string;
  family: TemplateInfo['family'];
  description: string;
  instructions: string;
  outputType: OutputType;
  requires: readonly FieldRequirement[];
  greaterIsBetter?: boolean;
  mode?: JudgeMode;
}

export const PASS_FAIL: OutputType = { kind: 'pass_fail' };

export function llmTemplate(definition: LlmTemplateDefinition): JudgeTemplate {
  const { name, family, description, instructions, outputType, requires } = definition;
  return {
    name,
    family,
    description,
    requires,
    spec: {
      template: name,
      kind: 'llm',
      description,
      instructions,
      outputType,
      greaterIsBetter: definition.greaterIsBetter ?? true,
      mode: definition.mode ?? 'item',
      guidelines: null,
      heuristic: null,
    },
  };
}

interface ScaleTemplateDefinition extends Omit<LlmTemplateDefinition, 'instructions' | 'outputType'> {
  /** What is judged and how, with placeholders for the fields. */
  criterion: string;
  /** What each score means, lowest first; the scale runs from 1 to levels.length. */
  levels: readonly string[];
  passThreshold: number;
}

/** A 1..N scale whose rubric defines every score. */
export function scaleTemplate(definition: ScaleTemplateDefinition): JudgeTemplate {
  const { criterion, levels, passThreshold, ...rest } = definition;
  const scores = levels.map((meaning, index) => `${index + 1} — ${meaning}`).join('\n');
  return llmTemplate({
    ...rest,
    instructions: `${criterion}\n\nScores:\n${scores}`,
    outputType: { kind: 'scale', min: 1, max: levels.length, passThreshold },
  });
}

interface HeuristicTemplateDefinition {
  scorer: HeuristicScorer;
  description: string;
  outputType: OutputType;
  greaterIsBetter: boolean;
}

/** An offline scorer (electron/providers/heuristic): no rubric, no model; named after its scorer. */
export function heuristicTemplate(definition: HeuristicTemplateDefinition): JudgeTemplate {
  const { scorer, description, outputType, greaterIsBetter } = definition;
  return {
    name: scorer,
    family: 'heuristic',
    description,
    requires: [],
    spec: {
      template: scorer,
      kind: 'heuristic',
      description,
      instructions: '',
      outputType,
      greaterIsBetter,
      mode: 'item',
      guidelines: null,
      heuristic: { scorer, options: {} },
    },
  };
}
