import { describe, expect, it } from 'vitest';
import type { JudgeSpec } from '../../../shared/judging';
import { diffSpecs } from '../../../electron/judging/diff-specs';
import { judgeSpecHash } from '../../../electron/judging/judge-hash';
import { validateSpec } from '../../../electron/judging/validate-spec';
import { example, specFrom } from './helpers';

/** The same value with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reversedKeys(inner)]),
  );
}

describe('judgeSpecHash', () => {
  const spec = specFrom('answer_correctness', { fewshot: [example({ score: 3 })] });

  it('is a sha256 that ignores key order', () => {
    expect(judgeSpecHash(spec)).toMatch(/^[0-9a-f]{64}$/);
    const reordered = reversedKeys(spec) as JudgeSpec;
    expect(Object.keys(reordered)[0]).toBe('fewshot');
    expect(judgeSpecHash(reordered)).toBe(judgeSpecHash(spec));
  });

  it.each<[string, Partial<JudgeSpec>]>([
    ['template', { template: null }],
    ['kind', { kind: 'heuristic' }],
    ['description', { description: 'changed' }],
    ['instructions', { instructions: `${spec.instructions} ` }],
    ['outputType', { outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 3 } }],
    ['greaterIsBetter', { greaterIsBetter: false }],
    ['mode', { mode: 'per_chunk' }],
    ['guidelines', { guidelines: { tone: ['polite'] } }],
    ['heuristic', { heuristic: { scorer: 'exact_match', options: {} } }],
    ['provider', { provider: 'bedrock' }],
    ['model', { model: 'gpt-4o' }],
    ['params', { params: { ...spec.params, temperature: 0.1 } }],
    ['fewshot', { fewshot: [example({ score: 4 })] }],
  ])('changes when %s changes', (_, change) => {
    expect(judgeSpecHash({ ...spec, ...change })).not.toBe(judgeSpecHash(spec));
  });
});

describe('diffSpecs', () => {
  const before = specFrom('faithfulness');

  it('is empty for equal specs, whatever their key order', () => {
    expect(diffSpecs(before, reversedKeys(before) as JudgeSpec)).toEqual([]);
  });

  it('shows instruction changes line by line and other fields as JSON', () => {
    const lines = before.instructions.split('\n');
    const instructions = [lines[0], 'Treat numbers stated without units as unsupported.', ...lines.slice(2)].join('\n');
    const after: JudgeSpec = {
      ...before,
      instructions,
      model: 'gpt-4o',
      params: { ...before.params, temperature: 0.3 },
    };
    const changes = diffSpecs(before, after);
    expect(changes.map((c) => c.field)).toEqual(['instructions', 'model', 'params']);

    const [text, model, params] = changes;
    expect(text).toMatchObject({ before: before.instructions, after: instructions });
    expect(text?.lines?.filter((l) => l.removed).map((l) => l.value)).toEqual([`${lines[1]}\n`]);
    expect(text?.lines?.filter((l) => l.added).map((l) => l.value)).toEqual([
      'Treat numbers stated without units as unsupported.\n',
    ]);
    expect(text?.lines?.[0]).toEqual({ added: false, removed: false, value: `${lines[0]}\n` });
    expect(model).toEqual({ field: 'model', before: '"gpt-4o-mini"', after: '"gpt-4o"', lines: null });
    expect(JSON.parse(params?.after ?? '')).toMatchObject({ temperature: 0.3 });
  });
});

describe('validateSpec', () => {
  const valid = specFrom('answer_relevance');

  it('accepts a complete spec', () => {
    expect(validateSpec(valid)).toEqual([]);
  });

  it.each<[string, Partial<JudgeSpec>, string]>([
    [
      'a scale whose min is not below its max',
      { outputType: { kind: 'scale', min: 5, max: 1, passThreshold: null } },
      'scale minimum 5 must be below its maximum 1',
    ],
    [
      'a threshold outside the scale',
      { outputType: { kind: 'scale', min: 1, max: 5, passThreshold: 6 } },
      'pass threshold 6 is outside the scale 1–5',
    ],
    [
      'too few categories',
      { outputType: { kind: 'categories', categories: ['good'] } },
      'a categories judge needs at least two categories',
    ],
    [
      'duplicate categories',
      { outputType: { kind: 'categories', categories: ['good', 'bad', 'Good'] } },
      'category "Good" appears more than once',
    ],
    [
      'a per_guideline judge without guidelines',
      { mode: 'per_guideline', outputType: { kind: 'pass_fail' } },
      'per_guideline judges need named guidelines',
    ],
    [
      'a named guideline without rules',
      { mode: 'per_guideline', outputType: { kind: 'pass_fail' }, guidelines: { tone: [] } },
      'guideline "tone" has no rules',
    ],
    [
      'a per_chunk judge on a scale',
      { mode: 'per_chunk' },
      'per_chunk judges answer yes or no: use a pass/fail output type',
    ],
    ['a heuristic judge without a scorer', { kind: 'heuristic', heuristic: null }, 'heuristic judges need a scorer'],
    ['an LLM judge without a provider', { provider: null }, 'LLM judges need a provider'],
    ['an LLM judge without a model', { model: ' ' }, 'LLM judges need a model'],
    [
      'an unknown placeholder',
      { instructions: 'Is {{response}} kind to {{user}}?' },
      'unknown placeholder {{user}} in instructions',
    ],
    ['instructions naming no field', { instructions: 'Be strict.' }, 'instructions name no item field'],
    ['empty instructions', { instructions: '  ' }, 'instructions are empty'],
    [
      'a bad temperature',
      { params: { temperature: 3, maxTokens: 10, topP: null, logprobs: false } },
      'temperature 3 must be between 0 and 2',
    ],
    ['a few-shot example without a score', { fewshot: [example()] }, 'few-shot example 1: no score given'],
    [
      'a few-shot example off the scale',
      { fewshot: [example({ score: 9 })] },
      'few-shot example 1: score 9 is outside 1–5',
    ],
    [
      'pairwise categories other than A, B, tie',
      { mode: 'pairwise', outputType: { kind: 'categories', categories: ['A', 'B'] } },
      'pairwise judges answer with exactly the categories A, B and tie',
    ],
  ])('catches %s', (_, change, problem) => {
    const problems = validateSpec({ ...valid, ...change });
    expect(
      problems.some((p) => p.startsWith(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('names every unknown placeholder once, spaces allowed', () => {
    const problems = validateSpec({
      ...valid,
      instructions: 'Compare {{ response }} with {{truth}} and {{truth}} and {{ inputs }}.',
    });
    expect(problems.filter((p) => p.startsWith('unknown placeholder')).map((p) => p.split(' in ')[0])).toEqual([
      'unknown placeholder {{truth}}',
      'unknown placeholder {{inputs}}',
    ]);
  });

  it('refuses few-shot examples on pairwise judges', () => {
    const pairwise = specFrom('pairwise_preference', { fewshot: [example({ label: 'A' })] });
    expect(validateSpec(pairwise)).toEqual([
      'pairwise judges take no few-shot examples (an example holds one response)',
    ]);
  });
});
