// Evaluating one judge on one item. LLM judges send the requests buildRequests renders and read the
// replies; heuristic judges score offline through an injected scorer. ProviderErrors (and anything
// else `chat` throws) propagate untouched: the runner owns retries.
import type { ItemFields } from '../../shared/domain';
import type { HeuristicScorer, JudgeSpec, VerdictResult } from '../../shared/judging';
import type { ChatRequest, ChatResponse } from '../providers/types';
import { pairwiseRollup } from './pairwise';
import { scorePasses } from './pass-rule';
import { readReply, type JudgeReply } from './read-reply';
import { buildRequests } from './render-prompt';
import { chunkRollup, guidelineRollup } from './rollups';
import type { JudgeInput } from './types';
import { validateSpec } from './validate-spec';
import { answerVerdict, errorVerdict } from './verdict';

export type { JudgeInput } from './types';

export interface JudgeDeps {
  chat: (request: ChatRequest) => Promise<ChatResponse>;
  scoreHeuristic: (scorer: HeuristicScorer, item: ItemFields, options: Record<string, unknown>) => VerdictResult;
  /** Sees every reply as read, before the verdict is rolled up (a judge audit reads both pairwise orders). */
  onReplies?: (replies: JudgeReply[]) => void;
}

/**
 * Waits for every call before failing, so a failed chunk does not leave others running unseen: each
 * finished reply is then recorded (and cached) by the runner's `chat`, and a retry costs nothing twice.
 */
async function sendAll(requests: ChatRequest[], chat: JudgeDeps['chat']): Promise<ChatResponse[]> {
  const settled = await Promise.allSettled(requests.map(async (request) => chat(request)));
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/** Every reply, for audit: alone when there is one, else each under a header naming its call. */
function rawReplies(replies: JudgeReply[]): string {
  if (replies.length === 1) return replies[0]?.text ?? '';
  return replies.map(({ call, text }) => `=== ${call.purpose} ===\n${text}`).join('\n\n');
}

/** The scorer's verdict, with the judge's own pass threshold applied when it has one. */
function evaluateHeuristic(spec: JudgeSpec, item: ItemFields, score: JudgeDeps['scoreHeuristic']): VerdictResult {
  const problems = validateSpec(spec);
  if (problems.length > 0 || spec.heuristic === null) return errorVerdict(problems.join('; '), null);
  const result = score(spec.heuristic.scorer, item, spec.heuristic.options);
  const pass =
    result.status === 'done' && result.score !== null
      ? scorePasses(spec.outputType, spec.greaterIsBetter, result.score)
      : null;
  return pass === null ? result : { ...result, pass };
}

export async function evaluateJudge(spec: JudgeSpec, input: JudgeInput, deps: JudgeDeps): Promise<VerdictResult> {
  if (spec.kind === 'heuristic') return evaluateHeuristic(spec, input.item, deps.scoreHeuristic);
  const built = buildRequests(spec, input);
  if (!built.ok) return errorVerdict(built.problem, null);

  const responses = await sendAll(built.requests, deps.chat);
  const replies = built.calls.map((call, index): JudgeReply => {
    const response = responses[index]!;
    return { call, text: response.text, reading: readReply(spec, response) };
  });
  deps.onReplies?.(replies);
  const raw = rawReplies(replies);
  switch (spec.mode) {
    case 'item': {
      const [reply] = replies;
      if (!reply) return errorVerdict('the judge sent no request', raw);
      return reply.reading.ok ? answerVerdict(spec, reply.reading, raw) : errorVerdict(reply.reading.error, raw);
    }
    case 'per_chunk':
      return chunkRollup(spec, replies, raw);
    case 'per_guideline':
      return guidelineRollup(spec, replies, raw);
    case 'pairwise':
      return pairwiseRollup(replies, raw);
  }
}
