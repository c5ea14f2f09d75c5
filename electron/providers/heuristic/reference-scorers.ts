// Scorers that compare the response with the expected answer or facts.
import { fMeasure, lcs } from 'js-rouge';
import { answerTokens, normalizeAnswer } from './normalize';
import { fixed, passAtThreshold, quote, requireText, scored, ScorerInputError, type Scorer } from './verdict';

export const exactMatch: Scorer = (item) => {
  const response = normalizeAnswer(requireText(item, 'response'));
  const expected = normalizeAnswer(requireText(item, 'expected_response'));
  return response === expected
    ? scored(1, true, 'The normalized response equals the expected response.')
    : scored(0, false, `The normalized response ${quote(response)} differs from the expected ${quote(expected)}.`);
};

/** SQuAD's token F1: overlap of the normalized token multisets. */
export const tokenF1: Scorer = (item, options) => {
  const response = answerTokens(requireText(item, 'response'));
  const expected = answerTokens(requireText(item, 'expected_response'));
  if (response.length === 0 || expected.length === 0) {
    // SQuAD's rule: with nothing to compare, F1 is 1 only when both are empty.
    const score = response.length === expected.length ? 1 : 0;
    const side = response.length === 0 ? 'response' : 'expected response';
    return scored(score, passAtThreshold(score, options), `token F1 ${fixed(score)}: the ${side} has no tokens.`);
  }
  const remaining = new Map<string, number>();
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of response) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(token, left - 1);
    }
  }
  const precision = common / response.length;
  const recall = common / expected.length;
  const score = common === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return scored(
    score,
    passAtThreshold(score, options),
    `token F1 ${fixed(score)}: ${common} of ${expected.length} expected tokens found; ${common} of ${response.length} response tokens are expected.`,
  );
};

/**
 * ROUGE-L F1 as rouge_score's `rougeL`: the longest common subsequence of the two texts' lowercased
 * alphanumeric tokens, over the whole text (not per sentence). LCS and F-measure from js-rouge.
 */
export const rougeL: Scorer = (item, options) => {
  const response = rougeTokens(requireText(item, 'response'));
  const expected = rougeTokens(requireText(item, 'expected_response'));
  const common = response.length && expected.length ? lcs(response, expected).length : 0;
  const score = common === 0 ? 0 : fMeasure(common / response.length, common / expected.length);
  return scored(
    score,
    passAtThreshold(score, options),
    `ROUGE-L F1 ${fixed(score)}: longest common subsequence of ${common} tokens; ${response.length} response tokens, ${expected.length} expected tokens.`,
  );
};

const rougeTokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The fraction of expected facts the response states. A fact counts as found when every one of its
 * normalized tokens (SQuAD normalization) occurs among the response's normalized tokens, in any
 * order: a recall check on wording, not on meaning.
 */
export const factsCoverage: Scorer = (item, options) => {
  const facts = item.expected_facts;
  if (facts === null) throw new ScorerInputError('Missing field expected_facts: this scorer needs it.');
  if (facts.length === 0) throw new ScorerInputError('Field expected_facts is empty: there is nothing to look for.');
  const said = new Set(answerTokens(requireText(item, 'response')));
  const missing = facts.filter((fact) => !answerTokens(fact).every((token) => said.has(token)));
  const found = facts.length - missing.length;
  const score = found / facts.length;
  const detail = missing.length === 0 ? '' : `; missing: ${missing.map((fact) => quote(fact, 60)).join(', ')}`;
  return scored(
    score,
    passAtThreshold(score, options),
    `facts coverage ${fixed(score)}: ${found} of ${facts.length} expected facts found${detail}.`,
  );
};
