// Few-shot suggestions for a judge, in the manner Databricks recommends for judge examples: cases the
// judge got wrong, each with the expert's rationale; at least one passing and one failing example;
// no near-duplicates; the hardest first; few (default 5) and within a token budget.
import type { FewShotExample } from '../../shared/judging';

export interface FewShotCandidate {
  example: FewShotExample;
  /** How wrong the judge was: score distance on scales, 1 for a flipped pass/fail. */
  miss: number;
  /** Reviewers whose labels agree with this one: more agreement, more certainly a judge error. */
  support: number;
  /** Whether the corrected verdict passes. */
  pass: boolean;
}

export interface SuggestOptions {
  maxExamples: number;
  tokenBudget: number;
}

const tokensOf = (text: string) => Math.ceil(text.length / 4);

export function exampleTokens(example: FewShotExample): number {
  return tokensOf(
    [example.request, example.response, example.expected_response, example.context, example.justification]
      .filter(Boolean)
      .join('\n'),
  );
}

const words = (text: string | null) => new Set((text ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Jaccard similarity of the words of two examples' requests and responses. */
export function similarity(a: FewShotExample, b: FewShotExample): number {
  const left = words(`${a.request} ${a.response}`);
  const right = words(`${b.request} ${b.response}`);
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

const NEAR_DUPLICATE = 0.8;

export function suggestFewShot(candidates: FewShotCandidate[], options: SuggestOptions): FewShotExample[] {
  const hardestFirst = [...candidates].sort((a, b) => b.miss - a.miss || b.support - a.support);
  const chosen: FewShotCandidate[] = [];
  let budget = options.tokenBudget;
  const fits = (candidate: FewShotCandidate) =>
    chosen.length < options.maxExamples &&
    exampleTokens(candidate.example) <= budget &&
    chosen.every((other) => similarity(other.example, candidate.example) < NEAR_DUPLICATE);
  const take = (candidate: FewShotCandidate) => {
    chosen.push(candidate);
    budget -= exampleTokens(candidate.example);
  };
  // Balance first: the hardest passing and the hardest failing case, when both exist.
  for (const pass of [true, false]) {
    const first = hardestFirst.find((candidate) => candidate.pass === pass && fits(candidate));
    if (first) take(first);
  }
  for (const candidate of hardestFirst) if (!chosen.includes(candidate) && fits(candidate)) take(candidate);
  return hardestFirst.filter((candidate) => chosen.includes(candidate)).map((candidate) => candidate.example);
}
