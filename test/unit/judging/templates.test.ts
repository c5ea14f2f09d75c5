import { describe, expect, it } from 'vitest';
import type { OutputType } from '../../../shared/domain';
import { evaluateJudge } from '../../../electron/judging/evaluate';
import { buildRequests } from '../../../electron/judging/render-prompt';
import { TEMPLATES, templateByName } from '../../../electron/judging/templates';
import { validateSpec } from '../../../electron/judging/validate-spec';
import type { ChatRequest } from '../../../electron/providers/types';
import { deps, fakeChat, fullItem, specFrom } from './helpers';

const llmTemplates = TEMPLATES.filter((t) => t.spec.kind === 'llm');
const pairwise = { a: 'MLflow tracks ML experiments.', b: 'MLflow is a kind of fish.' };

/** The answer a structured reply carries, chosen from the schema the request asked for. */
function answerFor(outputType: OutputType): number | string {
  return outputType.kind === 'scale' ? outputType.max : outputType.kind === 'pass_fail' ? 'yes' : 'A';
}

function structuredReply(request: ChatRequest, outputType: OutputType): string {
  const field = Object.keys((request.schema?.schema.properties as Record<string, unknown>) ?? {})[1] ?? 'score';
  return JSON.stringify({ justification: 'Checked against the rubric.', [field]: answerFor(outputType) });
}

const expectedCalls = { item: 1, per_chunk: 2, per_guideline: 2, pairwise: 2 } as const;

describe('templates', () => {
  it('has unique names, each spec naming its template, and covers every family', () => {
    const names = TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    expect(TEMPLATES.every((t) => t.spec.template === t.name && templateByName(t.name) === t)).toBe(true);
    expect(new Set(TEMPLATES.map((t) => t.family))).toEqual(
      new Set(['mlflow', 'databricks', 'bedrock', 'pairwise', 'heuristic']),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'answer_similarity',
        'answer_correctness',
        'answer_relevance',
        'relevance',
        'faithfulness',
        'correctness',
        'groundedness',
        'relevance_to_query',
        'chunk_relevance',
        'context_sufficiency',
        'safety',
        'guideline_adherence',
        'global_guideline_adherence',
        'helpfulness',
        'completeness',
        'coherence',
        'harmfulness',
        'refusal',
        'professional_style_and_tone',
        'pairwise_preference',
        'exact_match',
        'token_f1',
        'rouge_l',
        'facts_coverage',
        'flesch_kincaid_grade',
      ]),
    );
    expect(templateByName('nope')).toBeUndefined();
  });

  it('defines every score of every scale in its rubric', () => {
    for (const template of llmTemplates) {
      const { outputType, instructions } = template.spec;
      if (outputType.kind !== 'scale') continue;
      for (let score = outputType.min; score <= outputType.max; score++) {
        expect(instructions, `${template.name} score ${score}`).toMatch(new RegExp(`^${score} — \\S`, 'm'));
      }
      expect(instructions).not.toMatch(new RegExp(`^${outputType.max + 1} — `, 'm'));
    }
  });

  it('keeps each family on its scales', () => {
    const scaleOf = (name: string) => templateByName(name)?.spec.outputType;
    for (const name of ['answer_similarity', 'answer_correctness', 'answer_relevance', 'relevance', 'faithfulness']) {
      expect(scaleOf(name)).toEqual({ kind: 'scale', min: 1, max: 5, passThreshold: 4 });
    }
    for (const name of ['correctness', 'groundedness', 'safety', 'chunk_relevance', 'refusal', 'harmfulness']) {
      expect(scaleOf(name)).toEqual({ kind: 'pass_fail' });
    }
    expect(scaleOf('helpfulness')).toEqual({ kind: 'scale', min: 1, max: 7, passThreshold: 5 });
    expect(templateByName('harmfulness')?.spec.greaterIsBetter).toBe(false);
    expect(templateByName('chunk_relevance')?.spec.mode).toBe('per_chunk');
    expect(templateByName('global_guideline_adherence')?.spec.mode).toBe('per_guideline');
    expect(scaleOf('pairwise_preference')).toEqual({ kind: 'categories', categories: ['A', 'B', 'tie'] });
  });

  it('gives every LLM template a valid spec once a model (and global guidelines) are chosen', () => {
    for (const template of TEMPLATES) {
      expect(validateSpec(specFrom(template.name)), template.name).toEqual([]);
    }
  });

  it.each(llmTemplates.map((t) => [t.name]))(
    '%s renders for a full item and reads a structured reply',
    async (name) => {
      const spec = specFrom(name);
      const input = { item: fullItem, pairwise };
      const built = buildRequests(spec, input);
      expect(built.ok).toBe(true);
      if (!built.ok) return;
      expect(built.requests).toHaveLength(expectedCalls[spec.mode]);
      for (const request of built.requests) {
        expect(request.model).toBe('gpt-4o-mini');
        expect(request.system).toContain('## Rubric');
        expect(request.system).not.toMatch(/\{\{/);
        expect(request.messages.at(-1)?.content).toContain('<data name="');
      }

      const { chat } = fakeChat((request) => structuredReply(request, spec.outputType));
      const verdict = await evaluateJudge(spec, input, deps(chat));
      expect(verdict).toMatchObject({ status: 'done', error: null });
      const { outputType, greaterIsBetter, mode } = spec;
      if (mode === 'per_chunk' || mode === 'per_guideline') {
        expect(verdict).toMatchObject({ score: 1, pass: true });
      } else if (outputType.kind === 'scale') {
        expect(verdict).toMatchObject({ score: outputType.max, label: null, pass: true });
      } else if (outputType.kind === 'pass_fail') {
        expect(verdict).toMatchObject({ score: null, label: 'yes', pass: greaterIsBetter });
      } else {
        expect(verdict).toMatchObject({ label: 'tie', pass: null }); // "A" in both orders: A, then B once swapped back
      }
      const justifications =
        mode === 'per_chunk' ? verdict.chunks?.map((c) => c.rationale).join() : verdict.justification;
      expect(justifications).toContain('Checked against the rubric.');
    },
  );

  it('runs every heuristic template through the injected scorer, applying a pass threshold the judge sets', async () => {
    const calls: unknown[] = [];
    const scoreHeuristic = (scorer: string, _item: unknown, options: Record<string, unknown>) => {
      calls.push([scorer, options]);
      return {
        status: 'done' as const,
        score: 0.75,
        label: null,
        pass: null,
        justification: 'overlap',
        error: null,
        raw: null,
        chunks: null,
        distribution: null,
      };
    };
    const { chat, requests } = fakeChat(() => '');
    const heuristics = TEMPLATES.filter((t) => t.spec.kind === 'heuristic');
    for (const template of heuristics) {
      const spec = specFrom(template.name);
      expect(await evaluateJudge(spec, { item: fullItem }, deps(chat, scoreHeuristic))).toMatchObject({ score: 0.75 });
      expect(buildRequests(spec, { item: fullItem })).toEqual({
        ok: false,
        problem: expect.stringContaining('offline'),
      });
    }
    expect(calls).toEqual(heuristics.map((t) => [t.name, {}]));
    expect(requests).toHaveLength(0);

    const strict = specFrom('token_f1', { outputType: { kind: 'scale', min: 0, max: 1, passThreshold: 0.8 } });
    expect(await evaluateJudge(strict, { item: fullItem }, deps(chat, scoreHeuristic))).toMatchObject({
      score: 0.75,
      pass: false,
    });
  });
});
