// The two questions alignment asks a model: group these failures into themes, and propose one
// guideline per theme. Both ask for JSON (structured output where the provider can enforce it) and
// number what they list, so the reply can only point at things that were asked about.
import type { Failure } from '../../shared/align';

export interface ModelRequest {
  system: string;
  user: string;
  schema: { name: string; schema: Record<string, unknown> };
  /** The reply budget; also what the cost estimate counts as the reply (an upper bound). */
  maxTokens: number;
}

/** Item texts are cut to this many characters: what went wrong shows in the rationale, not in a long answer. */
const TEXT_LIMIT = 800;
const INSTRUCTIONS_LIMIT = 4_000;

const cut = (text: string, limit: number) => (text.length <= limit ? text : `${text.slice(0, limit)}… [cut]`);

const verdictText = (verdict: { score: number | null; label: string | null; pass: boolean }) =>
  [verdict.pass ? 'pass' : 'fail', verdict.label, verdict.score === null ? null : `score ${verdict.score}`]
    .filter((part) => part !== null)
    .join(', ');

const strictObject = (properties: Record<string, unknown>) => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

/** Failure `n` of the list is failures[n - 1]. */
export function themesRequest(failures: readonly Failure[]): ModelRequest {
  const listed = failures.map((failure, index) =>
    [
      `Failure ${index + 1}`,
      `Request: ${cut(failure.request, TEXT_LIMIT)}`,
      `Response: ${cut(failure.response, TEXT_LIMIT)}`,
      `Judge said: ${verdictText(failure.judge)}${failure.judge.justification ? ` because: ${cut(failure.judge.justification, TEXT_LIMIT)}` : ''}`,
      `Expert said: ${verdictText(failure.expert)}${failure.expert.rationale ? ` because: ${cut(failure.expert.rationale, TEXT_LIMIT)}` : ''}`,
      failure.tags.length > 0 ? `Expert's audit tags: ${failure.tags.join(', ')}` : null,
    ]
      .filter((line) => line !== null)
      .join('\n'),
  );
  return {
    system:
      'You analyse where an LLM judge disagreed with human experts. Group the failures into a few themes, ' +
      'each a short phrase naming the mistake the judge makes (e.g. "rewards confident tone", "ignores missing ' +
      'dosage"). Put each failure in at most one theme, referring to failures by their number. Reply with JSON only.',
    user: `${listed.join('\n\n')}\n\nReply as {"themes": [{"theme": "...", "failure_ids": [1, 2]}]}.`,
    schema: {
      name: 'failure_themes',
      schema: strictObject({
        themes: {
          type: 'array',
          items: strictObject({
            theme: { type: 'string' },
            failure_ids: { type: 'array', items: { type: 'integer' } },
          }),
        },
      }),
    },
    // The reply lists every failure's number once, plus a name per theme.
    maxTokens: Math.min(8_000, 500 + failures.length * 10),
  };
}

/** Theme `n` of the list is themes[n - 1]. */
export function proposalsRequest(
  instructions: string,
  themes: readonly { theme: string; rationales: readonly string[] }[],
): ModelRequest {
  const listed = themes.map((theme, index) =>
    [
      `Theme ${index + 1}: ${theme.theme}`,
      ...theme.rationales.map((rationale) => `- Expert: ${cut(rationale, TEXT_LIMIT)}`),
    ].join('\n'),
  );
  return {
    system:
      "You improve an LLM judge's rubric from human experts' feedback. For each theme of mistakes, write ONE " +
      'guideline: a single imperative sentence the judge should follow so it stops making that mistake. ' +
      'Reply with JSON only.',
    user:
      `The judge's instructions:\n"""\n${cut(instructions, INSTRUCTIONS_LIMIT)}\n"""\n\n${listed.join('\n\n')}\n\n` +
      'Reply as {"guidelines": [{"theme_id": 1, "guideline": "..."}]}.',
    schema: {
      name: 'theme_guidelines',
      schema: strictObject({
        guidelines: {
          type: 'array',
          items: strictObject({ theme_id: { type: 'integer' }, guideline: { type: 'string' } }),
        },
      }),
    },
    maxTokens: 1_500,
  };
}
