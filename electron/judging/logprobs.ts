// Probability-weighted verdicts (G-Eval; MLflow's and OpenAI's "logprobs" judges). The position is the
// token that carries the answer's value in the reply (the `4` after `"score":`), found from the
// parser's offset. Its top alternatives are read, those that are valid answers (the scale's scores,
// yes/no, the categories; case and surrounding quotes or spaces ignored) are summed per answer and
// renormalized over the valid answers only, so probability spent on other tokens is dropped. For
// scales the weighted score is Σ p·s over that distribution.
import type { OutputType } from '../../shared/domain';
import type { TokenLogprob } from '../providers/types';
import { YES_NO } from './output-schema';
import { listedScores } from './scale';
import type { JudgeAnswer } from './types';

export interface AnswerDistribution {
  /** Probability of every valid answer (0 for those not among the alternatives); sums to 1. */
  probabilities: Record<string, number>;
  /** Scales: Σ p·s, rounded to 4 decimals; null for yes/no and categories. */
  weightedScore: number | null;
}

/** Valid answers by their lower-case spelling; null when the scale is too long or fractional to list. */
function validAnswers(outputType: OutputType): Map<string, string> | null {
  const answers =
    outputType.kind === 'scale'
      ? listedScores(outputType)?.map(String)
      : outputType.kind === 'pass_fail'
        ? [...YES_NO]
        : outputType.categories;
  return answers ? new Map(answers.map((answer) => [answer.toLowerCase(), answer])) : null;
}

function bareToken(token: string): string {
  return token.replace(/^[^\p{L}\p{N}-]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
}

function tokenAt(logprobs: TokenLogprob[], offset: number): TokenLogprob | null {
  let start = 0;
  for (const token of logprobs) {
    const end = start + token.token.length;
    if (offset >= start && offset < end) return token;
    start = end;
  }
  return null;
}

/**
 * The distribution over valid answers at the answer's token, or null when it cannot be read: no
 * offset, tokens that do not line up with the reply, or an answer spread over several tokens.
 */
export function answerDistribution(
  logprobs: TokenLogprob[],
  answer: JudgeAnswer,
  outputType: OutputType,
): AnswerDistribution | null {
  const valid = validAnswers(outputType);
  const token = answer.valueAt === null ? null : tokenAt(logprobs, answer.valueAt);
  const given = String(answer.score ?? answer.label).toLowerCase();
  if (!valid || !token || bareToken(token.token) !== given) return null;

  const alternatives = token.top.some((alt) => alt.token === token.token) ? token.top : [token, ...token.top];
  const mass = new Map<string, number>();
  for (const alternative of alternatives) {
    const key = valid.get(bareToken(alternative.token));
    if (key !== undefined) mass.set(key, (mass.get(key) ?? 0) + Math.exp(alternative.logprob));
  }
  const total = [...mass.values()].reduce((sum, p) => sum + p, 0);
  if (total <= 0) return null;

  const probabilities = Object.fromEntries([...valid.values()].map((key) => [key, (mass.get(key) ?? 0) / total]));
  const weightedScore =
    outputType.kind === 'scale'
      ? Math.round(Object.entries(probabilities).reduce((sum, [score, p]) => sum + Number(score) * p, 0) * 1e4) / 1e4
      : null;
  return { probabilities, weightedScore };
}
