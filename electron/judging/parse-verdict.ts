// Reading a judge's verdict from its reply: structured JSON first, then tolerant fallbacks (JSON in
// ``` fences or embedded in prose, then "Score: 4/5" / "Verdict: yes" / "Justification: …" lines).
// A reply that does not yield exactly one valid answer is an error that says why; never a default.
import type { OutputType } from '../../shared/domain';
import { readAnswerValue } from './answer-values';
import { jsonCandidateTiers, type JsonCandidate } from './json-candidates';
import { answerField, describeAnswer } from './output-schema';
import { escapeRegExp } from './regexp';
import { keyLines, lineJustification } from './reply-lines';
import type { JudgeAnswer } from './types';

export type ParseOutcome = { ok: true; answer: JudgeAnswer } | { ok: false; error: string };

/** Names judges use for the answer, the contract's own first. */
const ANSWER_KEYS: Record<OutputType['kind'], readonly string[]> = {
  scale: ['score', 'rating'],
  pass_fail: ['verdict', 'rating', 'answer', 'result'],
  categories: ['label', 'verdict', 'choice', 'winner', 'preference', 'answer'],
};
const JUSTIFICATION_KEYS = ['justification', 'rationale', 'reasoning', 'explanation', 'reason'];

/** An answer value found in the reply, before it is checked against the output type. */
interface Found {
  value: unknown;
  justification: string | null;
  valueAt: number | null;
}

function keyIn(object: Record<string, unknown>, keys: readonly string[]): string | undefined {
  const present = Object.keys(object);
  for (const key of keys) {
    const match = present.find((name) => name.toLowerCase() === key);
    if (match !== undefined) return match;
  }
  return undefined;
}

/** Offset of a JSON value: just after the last `"key": "` within the object's text. */
function jsonValueAt(text: string, candidate: JsonCandidate, key: string): number | null {
  const source = text.slice(candidate.start, candidate.end);
  const matches = [...source.matchAll(new RegExp(`"${escapeRegExp(key)}"\\s*:\\s*"?`, 'g'))];
  const last = matches.at(-1);
  return last ? candidate.start + last.index + last[0].length : null;
}

function fromJson(text: string, candidate: JsonCandidate, key: string): Found {
  const justificationKey = keyIn(candidate.value, JUSTIFICATION_KEYS);
  const justification = justificationKey === undefined ? undefined : candidate.value[justificationKey];
  return {
    value: candidate.value[key],
    justification: typeof justification === 'string' ? justification.trim() || null : null,
    valueAt: jsonValueAt(text, candidate, key),
  };
}

/** Every answer the reply gives, from the most explicit form that has one. */
function findAnswers(text: string, keys: readonly string[]): Found[] {
  for (const tier of jsonCandidateTiers(text)) {
    const found = tier.flatMap((candidate) => {
      const key = keyIn(candidate.value, keys);
      return key === undefined ? [] : [fromJson(text, candidate, key)];
    });
    if (found.length > 0) return found;
  }
  const answers = keyLines(text, keys);
  const justification = keyLines(text, JUSTIFICATION_KEYS)[0];
  return answers.map((line) => ({
    value: line.value,
    justification: lineJustification(text, justification, answers),
    valueAt: line.valueAt,
  }));
}

export function parseVerdict(text: string, outputType: OutputType): ParseOutcome {
  if (text.trim() === '') return { ok: false, error: 'the reply is empty' };
  const field = answerField(outputType);
  const found = findAnswers(text, ANSWER_KEYS[outputType.kind]);
  if (found.length === 0) {
    return { ok: false, error: `no ${field} found in the reply (expected ${describeAnswer(outputType)})` };
  }
  const answers: JudgeAnswer[] = [];
  for (const { value, justification, valueAt } of found) {
    const reading = readAnswerValue(value, outputType);
    if (!reading.ok) return { ok: false, error: reading.error };
    answers.push({ score: reading.score, label: reading.label, justification, valueAt });
  }
  const distinct = [...new Set(answers.map((answer) => String(answer.score ?? answer.label)))];
  if (distinct.length > 1) {
    return { ok: false, error: `the reply gives more than one ${field}: ${distinct.join(', ')}` };
  }
  return { ok: true, answer: answers.at(-1)! };
}
