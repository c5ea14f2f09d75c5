// Everything that makes a judge spec unusable, in words an editor can show. A spec with problems is
// never run: evaluating it gives an error verdict listing them.
import type { OutputType } from '../../shared/domain';
import type { JudgeSpec } from '../../shared/judging';
import { exampleAnswer } from './fewshot';
import { isPlaceholder, namedFields, PLACEHOLDERS, placeholderNames } from './placeholders';
import { rangeText } from './scale';

const PAIRWISE_CATEGORIES = ['A', 'B', 'tie'];

function outputTypeProblems(outputType: OutputType): string[] {
  switch (outputType.kind) {
    case 'scale': {
      const { min, max, passThreshold } = outputType;
      if (!Number.isFinite(min) || !Number.isFinite(max)) return ['scale bounds must be numbers'];
      if (min >= max) return [`scale minimum ${min} must be below its maximum ${max}`];
      if (passThreshold !== null && !(passThreshold >= min && passThreshold <= max)) {
        return [`pass threshold ${passThreshold} is outside the scale ${rangeText(outputType)}`];
      }
      return [];
    }
    case 'pass_fail':
      return [];
    case 'categories': {
      const { categories } = outputType;
      if (categories.length < 2) return ['a categories judge needs at least two categories'];
      const problems = categories.some((c) => c.trim() === '') ? ['a category is blank'] : [];
      // Replies are matched without regard to case, so "A" and "a" could not be told apart.
      const seen = new Set<string>();
      for (const category of categories) {
        const key = category.trim().toLowerCase();
        if (seen.has(key)) problems.push(`category "${category}" appears more than once`);
        seen.add(key);
      }
      return problems;
    }
  }
}

function instructionProblems(spec: JudgeSpec): string[] {
  if (spec.instructions.trim() === '') return ['instructions are empty'];
  const known = PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ');
  const problems = placeholderNames(spec.instructions)
    .filter((name) => !isPlaceholder(name))
    .map((name) => `unknown placeholder {{${name}}} in instructions (known: ${known})`);
  if (spec.mode === 'item' && namedFields(spec.instructions).length === 0) {
    problems.push(`instructions name no item field (${known}): the judge would see nothing to evaluate`);
  }
  return problems;
}

function paramProblems({ maxTokens, temperature, topP }: JudgeSpec['params']): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(maxTokens) || maxTokens < 1) problems.push(`maxTokens ${maxTokens} must be a positive integer`);
  if (!(temperature >= 0 && temperature <= 2)) problems.push(`temperature ${temperature} must be between 0 and 2`);
  if (topP !== null && !(topP > 0 && topP <= 1)) problems.push(`topP ${topP} must be above 0 and at most 1`);
  return problems;
}

function guidelineProblems(guidelines: JudgeSpec['guidelines']): string[] {
  const named = Object.entries(guidelines ?? {});
  if (named.length === 0) return ['per_guideline judges need named guidelines'];
  return named.flatMap(([name, rules]) => [
    ...(name.trim() === '' ? ['a guideline has a blank name'] : []),
    ...(rules.every((rule) => rule.trim() === '') ? [`guideline "${name}" has no rules`] : []),
  ]);
}

function modeProblems(spec: JudgeSpec): string[] {
  switch (spec.mode) {
    case 'item':
      return [];
    case 'per_chunk':
    case 'per_guideline': {
      const yesNo =
        spec.outputType.kind === 'pass_fail'
          ? []
          : [`${spec.mode} judges answer yes or no: use a pass/fail output type`];
      return spec.mode === 'per_guideline' ? [...yesNo, ...guidelineProblems(spec.guidelines)] : yesNo;
    }
    case 'pairwise': {
      const categories = spec.outputType.kind === 'categories' ? spec.outputType.categories : [];
      const exact = categories.length === 3 && PAIRWISE_CATEGORIES.every((c) => categories.includes(c));
      return [
        ...(exact ? [] : ['pairwise judges answer with exactly the categories A, B and tie']),
        ...(spec.fewshot.length > 0
          ? ['pairwise judges take no few-shot examples (an example holds one response)']
          : []),
      ];
    }
  }
}

function fewshotProblems(spec: JudgeSpec): string[] {
  if (spec.mode === 'pairwise') return [];
  return spec.fewshot.flatMap((example, index) => {
    const answer = exampleAnswer(example, spec);
    return answer.ok ? [] : [`few-shot example ${index + 1}: ${answer.problem}`];
  });
}

export function validateSpec(spec: JudgeSpec): string[] {
  const problems = outputTypeProblems(spec.outputType);
  if (spec.kind === 'heuristic') {
    return spec.heuristic === null ? [...problems, 'heuristic judges need a scorer'] : problems;
  }
  return [
    ...problems,
    ...instructionProblems(spec),
    ...(spec.provider?.trim() ? [] : ['LLM judges need a provider']),
    ...(spec.model?.trim() ? [] : ['LLM judges need a model']),
    ...paramProblems(spec.params),
    ...modeProblems(spec),
    ...fewshotProblems(spec),
  ];
}
