// Building VerdictResults: an error keeps the raw replies and never carries a score.
import type { ChunkVerdict } from '../../shared/domain';
import type { JudgeSpec, VerdictResult } from '../../shared/judging';
import { scorePasses, verdictPasses } from './pass-rule';
import type { ReplyReading } from './read-reply';

export function errorVerdict(error: string, raw: string | null, chunks: ChunkVerdict[] | null = null): VerdictResult {
  return {
    status: 'error',
    score: null,
    label: null,
    pass: null,
    justification: null,
    error,
    raw,
    chunks,
    distribution: null,
  };
}

export function doneVerdict(
  values: Pick<VerdictResult, 'score' | 'label' | 'pass' | 'justification' | 'raw'> & Partial<VerdictResult>,
): VerdictResult {
  return { status: 'done', error: null, chunks: null, distribution: null, ...values };
}

/**
 * One answer as a verdict. With log-probabilities the score is the probability-weighted one and
 * passes or fails as such; the sampled score stays visible in the raw reply.
 */
export function answerVerdict(
  spec: JudgeSpec,
  reading: Extract<ReplyReading, { ok: true }>,
  raw: string,
): VerdictResult {
  const { answer, distribution } = reading;
  const score = distribution?.weightedScore ?? answer.score;
  const pass =
    score !== null
      ? scorePasses(spec.outputType, spec.greaterIsBetter, score)
      : spec.outputType.kind === 'pass_fail' && answer.label !== null
        ? verdictPasses(answer.label, spec.greaterIsBetter)
        : null;
  return doneVerdict({
    score,
    label: answer.label,
    pass,
    justification: answer.justification,
    raw,
    distribution: distribution?.probabilities ?? null,
  });
}
