// Human ratings in a Bedrock human evaluation job's output: `humanEvaluationResult.humanAnswers[]`.
import type { OutputType } from '../../shared/domain';
import { isRecord } from './item-values';
import { rejectRow, type SourceRow } from './rows';
import type { ImportedLabel } from './types';
import { PASS_FAIL, scale } from './verdicts';

/**
 * Labels from `humanEvaluationResult` (an object or an array of them). Each worker's answer holds
 * `evaluationResults` keyed by rating method. The item holds the first model's response
 * (modelResponseId "0"), so ratings of another model's response are left out, except the
 * comparison ones, which rate the pair: comparisonChoice passes when the first response was
 * chosen, comparisonLikertScale keeps the 1–5 preference as given.
 */
export function humanLabels(fileName: string, src: SourceRow, value: unknown, responseCount: number): ImportedLabel[] {
  const labels: ImportedLabel[] = [];
  const results = Array.isArray(value) ? value : isRecord(value) ? [value] : [];
  for (const result of results) {
    if (!isRecord(result) || !Array.isArray(result.humanAnswers)) continue;
    for (const answer of result.humanAnswers) {
      if (!isRecord(answer)) continue;
      const content = isRecord(answer.answerContent) ? answer.answerContent : {};
      const byMethod = isRecord(content.evaluationResults) ? content.evaluationResults : {};
      const base = {
        reviewer: `bedrock:${typeof answer.workerId === 'string' ? answer.workerId : 'unknown'}`,
        createdAt: typeof answer.submissionTime === 'string' ? answer.submissionTime : null,
        rationale: null,
      };
      for (const [method, entries] of Object.entries(byMethod)) {
        if (!Array.isArray(entries)) continue;
        for (const entry of entries) {
          if (!isRecord(entry) || typeof entry.metricName !== 'string') continue;
          const rating = ratingOf(method, entry, responseCount, (reason) =>
            rejectRow(fileName, src, `${reason} in ${method} "${entry.metricName}"`),
          );
          if (rating) labels.push({ ...base, judge: entry.metricName, ...rating });
        }
      }
    }
  }
  return labels;
}

const THUMBS = new Map<unknown, boolean>([
  [true, true],
  [false, false],
  [1, true],
  [0, false],
  ['true', true],
  ['false', false],
]);

type Rating = Pick<ImportedLabel, 'outputType' | 'score' | 'label' | 'pass'>;

function ratingOf(
  method: string,
  entry: Record<string, unknown>,
  responseCount: number,
  refuse: (reason: string) => Error,
): Rating | null {
  const ours = entry.modelResponseId === undefined || String(entry.modelResponseId) === '0';
  const result = entry.result;
  const number = (outputType: OutputType): Rating => {
    const score = typeof result === 'string' ? Number(result) : result;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      throw refuse(`expected a number as the result, found ${JSON.stringify(result)}`);
    }
    return { outputType, score, label: null, pass: null };
  };
  switch (method) {
    case 'thumbsUpDown': {
      if (!ours) return null;
      const pass = THUMBS.get(result);
      if (pass === undefined) {
        throw refuse(`expected true or false as the result, found ${JSON.stringify(result)}`);
      }
      return { outputType: PASS_FAIL, score: null, label: null, pass };
    }
    case 'individualLikertScale':
      return ours ? number(scale(1, 5)) : null;
    case 'comparisonLikertScale':
      return number(scale(1, 5));
    case 'comparisonRank':
      return ours ? number(scale(1, Math.max(2, responseCount))) : null;
    case 'comparisonChoice': {
      const chosen = String(result);
      return { outputType: PASS_FAIL, score: null, label: chosen, pass: chosen === '0' };
    }
    default:
      return null; // a rating method this version does not know: kept in the source row only
  }
}
