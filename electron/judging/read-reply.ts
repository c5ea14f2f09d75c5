// One reply of the judge, read: its answer (and the distribution over answers when the spec asked
// for log-probabilities and the provider gave them), or why it could not be read.
import type { JudgeSpec } from '../../shared/judging';
import type { ChatResponse } from '../providers/types';
import { answerDistribution, type AnswerDistribution } from './logprobs';
import { parseVerdict } from './parse-verdict';
import type { JudgeAnswer, JudgeCall } from './types';

export type ReplyReading =
  { ok: true; answer: JudgeAnswer; distribution: AnswerDistribution | null } | { ok: false; error: string };

export interface JudgeReply {
  call: JudgeCall;
  text: string;
  reading: ReplyReading;
}

export function readReply(spec: JudgeSpec, response: ChatResponse): ReplyReading {
  const parsed = parseVerdict(response.text, spec.outputType);
  if (!parsed.ok) {
    const cutOff = response.truncated ? ` (the reply was cut off at the ${spec.params.maxTokens}-token limit)` : '';
    return { ok: false, error: parsed.error + cutOff };
  }
  const distribution =
    spec.params.logprobs && response.logprobs
      ? answerDistribution(response.logprobs, parsed.answer, spec.outputType)
      : null;
  return { ok: true, answer: parsed.answer, distribution };
}

/** Each failed reply as "purpose: error", or null when every reply was read. */
export function replyFailures(replies: JudgeReply[]): string | null {
  const failures = replies.flatMap(({ call, reading }) => (reading.ok ? [] : [`${call.purpose}: ${reading.error}`]));
  return failures.length > 0 ? failures.join('; ') : null;
}
