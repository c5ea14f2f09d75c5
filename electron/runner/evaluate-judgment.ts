// Evaluates one judge on one item: LLM judges through the provider caller, heuristic judges offline.
import type { JudgeSpec, VerdictResult } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { evaluateJudge, type JudgeDeps, type JudgeInput } from '../judging/evaluate';
import type { Caller, CallLog } from './provider-call';

/** The offline scorers (readability, ROUGE, …) load on first use, not when the CLI starts. */
const heuristics = () => import('../providers/heuristic');

export async function evaluate(
  spec: JudgeSpec,
  input: JudgeInput,
  caller: Caller | undefined,
  signal: AbortSignal,
  log: CallLog,
  onReplies?: JudgeDeps['onReplies'],
): Promise<VerdictResult> {
  // Only a heuristic judge needs the scorers: an LLM judgment never waits on loading them.
  const scoreHeuristic: JudgeDeps['scoreHeuristic'] =
    spec.kind === 'heuristic'
      ? (await heuristics()).scoreHeuristic
      : () => {
          throw new GavelError('INVALID_INPUT', 'Only heuristic judges score offline.');
        };
  return evaluateJudge(spec, input, {
    chat: (request) => {
      if (!caller) throw new GavelError('NOT_FOUND', `No provider "${spec.provider}" is configured for this run.`);
      return caller(request, signal, log);
    },
    scoreHeuristic,
    onReplies,
  });
}
