// Item-level verdicts from one yes/no per part. A part that could not be read makes the whole an
// error: a precision over the chunks that happened to parse would be a silent partial score.
import type { ChunkVerdict } from '../../shared/domain';
import type { JudgeSpec, VerdictResult } from '../../shared/judging';
import { verdictPasses } from './pass-rule';
import { replyFailures, type JudgeReply } from './read-reply';
import { doneVerdict, errorVerdict } from './verdict';

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * per_chunk: one ChunkVerdict per retrieved chunk; score = precision (passing chunks / all chunks);
 * the item passes when at least one chunk passes, since one relevant chunk can carry the answer
 * (the precision shows how much noise came with it).
 */
export function chunkRollup(spec: JudgeSpec, replies: JudgeReply[], raw: string): VerdictResult {
  const chunks = replies.map(({ reading }): ChunkVerdict => {
    if (!reading.ok || reading.answer.label === null) return { pass: null, label: null, rationale: null };
    const { label, justification } = reading.answer;
    return { pass: verdictPasses(label, spec.greaterIsBetter), label, rationale: justification };
  });
  const failures = replyFailures(replies);
  if (failures !== null) return errorVerdict(failures, raw, chunks);
  const passed = chunks.filter((chunk) => chunk.pass).length;
  const precision = passed / chunks.length;
  return doneVerdict({
    score: round4(precision),
    label: null,
    pass: passed > 0,
    justification: `${passed} of ${chunks.length} retrieved chunks passed (precision ${precision.toFixed(2)}).`,
    raw,
    chunks,
  });
}

/**
 * per_guideline: passes only when every named guideline passes; score = share of guidelines passed.
 * The justification lists each guideline as `- name: yes|no — rationale`, in the spec's order.
 */
export function guidelineRollup(spec: JudgeSpec, replies: JudgeReply[], raw: string): VerdictResult {
  const failures = replyFailures(replies);
  if (failures !== null) return errorVerdict(failures, raw);
  const verdicts = replies.map(({ call, reading }) => {
    const label = reading.ok ? (reading.answer.label ?? '') : '';
    const name = call.focus.kind === 'guideline' ? call.focus.name : call.purpose;
    const rationale = reading.ok ? reading.answer.justification : null;
    return {
      pass: verdictPasses(label, spec.greaterIsBetter),
      line: `- ${name}: ${label}${rationale ? ` — ${rationale}` : ''}`,
    };
  });
  const passed = verdicts.filter((verdict) => verdict.pass).length;
  return doneVerdict({
    score: round4(passed / verdicts.length),
    label: null,
    pass: passed === verdicts.length,
    justification: [`${passed} of ${verdicts.length} guidelines passed.`, ...verdicts.map((v) => v.line)].join('\n'),
    raw,
  });
}
