// Pairwise verdicts: the judge sees A then B, and B then A. Labels from the swapped order are mapped
// back to the original responses; if the two orders disagree, the judge was swayed by position
// rather than content, and the honest verdict is a tie that says so.
import type { VerdictResult } from '../../shared/judging';
import { replyFailures, type JudgeReply } from './read-reply';
import { doneVerdict, errorVerdict } from './verdict';

function originalLabel({ call, reading }: JudgeReply): string {
  const label = reading.ok ? (reading.answer.label ?? '') : '';
  if (call.focus.kind !== 'pairwise' || !call.focus.swapped) return label;
  return label === 'A' ? 'B' : label === 'B' ? 'A' : label;
}

function justificationOf({ reading }: JudgeReply): string {
  return (reading.ok ? reading.answer.justification : null) ?? '(no justification)';
}

/**
 * The response preferred with A shown first and with B shown first, both in the original labels (A,
 * B or tie); null unless both orders were asked and read. A judge audit counts how often they differ.
 */
export function preferencesInBothOrders(replies: JudgeReply[]): { first: string; second: string } | null {
  const [inOrder, swapped] = replies;
  if (!inOrder || !swapped || replyFailures(replies) !== null) return null;
  return { first: originalLabel(inOrder), second: originalLabel(swapped) };
}

export function pairwiseRollup(replies: JudgeReply[], raw: string): VerdictResult {
  const failures = replyFailures(replies);
  if (failures !== null) return errorVerdict(failures, raw);
  const [inOrder, swapped] = replies;
  if (!inOrder || !swapped) return errorVerdict('a pairwise judge needs both orders', raw);
  const { first, second } = preferencesInBothOrders(replies)!;
  const consistent = first === second;
  const summary = consistent
    ? `Both orders agree: ${first === 'tie' ? 'a tie' : `${first} is better`}.`
    : `The judge changed its mind when the order changed: with A shown first it chose ${first}, with B shown ` +
      `first it chose ${second} (in the original labels). Counted as a tie.`;
  return doneVerdict({
    score: null,
    label: consistent ? first : 'tie',
    pass: null,
    justification: [
      summary,
      `A shown first: ${justificationOf(inOrder)}`,
      `B shown first (there, "A" is response B): ${justificationOf(swapped)}`,
    ].join('\n\n'),
    raw,
  });
}
