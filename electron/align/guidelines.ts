// Accepted guidelines become part of the judge's instructions as one bulleted block at the very end,
// so a judge's rubric stays readable and the same guidelines applied twice leave it unchanged.
import { diffLines } from 'diff';
import type { DiffPart } from '../../shared/align';

export const GUIDELINES_HEADING = 'Guidelines from expert review:';

const BULLET = '- ';

/** A guideline as one bullet line: surrounding space trimmed, inner line breaks folded to spaces. */
const asBullet = (guideline: string): string => guideline.replace(/\s+/g, ' ').trim();

/** The instructions without a trailing guidelines block, and the bullets that block held. */
function splitBlock(instructions: string): { body: string; bullets: string[] } {
  const trimmed = instructions.replace(/\s+$/, '');
  const at = trimmed.lastIndexOf(GUIDELINES_HEADING);
  if (at === -1 || (at > 0 && trimmed[at - 1] !== '\n')) return { body: trimmed, bullets: [] };
  const lines = trimmed
    .slice(at + GUIDELINES_HEADING.length)
    .split('\n')
    .slice(1);
  // Only a block made of bullets alone is ours; anything else after the heading is the author's text.
  if (lines.length === 0 || !lines.every((line) => line.startsWith(BULLET))) return { body: trimmed, bullets: [] };
  return { body: trimmed.slice(0, at).replace(/\s+$/, ''), bullets: lines.map((line) => line.slice(BULLET.length)) };
}

/**
 * The instructions with `guidelines` appended as the bulleted block headed "Guidelines from expert
 * review:" at the end; guidelines already in the block are not repeated, so re-applying is a no-op.
 */
export function applyGuidelines(instructions: string, guidelines: readonly string[]): string {
  const { body, bullets } = splitBlock(instructions);
  const merged = [...bullets];
  for (const guideline of guidelines.map(asBullet)) {
    if (guideline !== '' && !merged.includes(guideline)) merged.push(guideline);
  }
  if (merged.length === bullets.length) return instructions;
  const block = [GUIDELINES_HEADING, ...merged.map((line) => `${BULLET}${line}`)].join('\n');
  return body === '' ? `${block}\n` : `${body}\n\n${block}\n`;
}

/**
 * A line diff of two versions of the instructions, as the expert sees it beside a proposal. The last
 * line gaining a line break is not shown as a change: the expert would see an identical line removed
 * and added.
 */
export function instructionDiff(before: string, after: string): DiffPart[] {
  return diffLines(before, after, { ignoreNewlineAtEof: true }).map(({ added, removed, value }) => ({
    ...(added ? { added: true } : {}),
    ...(removed ? { removed: true } : {}),
    value,
  }));
}
