// How verdicts read: compact in table cells, on the judge's own scale in the detail panel.
import type { JudgmentView, OutputType, VerdictCell } from '../../../shared/domain';
import { formatNumber } from './numbers';
import { plural } from './text';

/** A table cell: `4`, `✓`, `✗`, a category, `error`, or `…` while a judge is still working. */
export function compactVerdict(cell: VerdictCell | undefined): string {
  if (!cell) return '';
  if (cell.status === 'error') return 'error';
  if (cell.status === 'pending' || cell.status === 'running') return '…';
  if (cell.score !== null) return formatNumber(cell.score);
  if (cell.pass !== null) return cell.pass ? '✓' : '✗';
  return cell.label ?? '—';
}

type Verdict = Pick<JudgmentView, 'score' | 'label' | 'pass'>;

const NO_VERDICT = '—';

/** A score, or a statistic of scores, out of its scale's maximum: `4 / 5`, `3.85 / 5`. */
export function scoreOnScale(score: number, outputType: OutputType | null): string {
  return outputType?.kind === 'scale'
    ? `${formatNumber(score)} / ${formatNumber(outputType.max)}`
    : formatNumber(score);
}

/**
 * A verdict on its scale: `4 / 5 · Pass`, the category label, or a pass/fail judge's own answer
 * (`yes` / `no`: for a judge where less is better, `yes` fails, so whether it passed is the tone's job).
 */
export function verdictOnScale(verdict: Verdict, outputType: OutputType | null): string {
  const parts: string[] = [];
  if (verdict.score !== null) parts.push(scoreOnScale(verdict.score, outputType));
  if (outputType?.kind === 'pass_fail') {
    // Heuristic scorers give only the pass; it reads as their answer, as in the run's distribution.
    const answer = verdict.label ?? (verdict.pass === null ? null : verdict.pass ? 'yes' : 'no');
    if (answer !== null) parts.push(answer);
  } else {
    if (verdict.label !== null) parts.push(verdict.label);
    if (verdict.pass !== null) parts.push(verdict.pass ? 'Pass' : 'Fail');
  }
  return parts.join(' · ') || NO_VERDICT;
}

/** A judgment's headline: its verdict, its per-chunk tally for chunk judges, or its status. */
export function judgmentVerdict(judgment: JudgmentView): string {
  if (judgment.status !== 'done') return judgment.status;
  const overall = verdictOnScale(judgment, judgment.outputType);
  if (overall !== NO_VERDICT || !judgment.chunks) return overall;
  const passed = judgment.chunks.filter((chunk) => chunk.pass === true).length;
  return `${passed} of ${plural(judgment.chunks.length, 'chunk')} pass`;
}

/** `1–5 scale, pass at 4`, `pass / fail`, `categories: a, b`. */
export function describeOutputType(outputType: OutputType): string {
  switch (outputType.kind) {
    case 'scale': {
      const range = `${formatNumber(outputType.min)}–${formatNumber(outputType.max)} scale`;
      return outputType.passThreshold === null ? range : `${range}, pass at ${formatNumber(outputType.passThreshold)}`;
    }
    case 'pass_fail':
      return 'pass / fail';
    case 'categories':
      return `categories: ${outputType.categories.join(', ')}`;
  }
}

export type VerdictTone = 'pass' | 'fail' | 'error' | 'pending' | 'neutral';

/** The colour family a verdict is shown in. */
export function verdictTone(verdict: Pick<VerdictCell, 'pass' | 'status'> | undefined): VerdictTone {
  if (!verdict) return 'neutral';
  if (verdict.status === 'error') return 'error';
  if (verdict.status === 'pending' || verdict.status === 'running') return 'pending';
  if (verdict.pass === null) return 'neutral';
  return verdict.pass ? 'pass' : 'fail';
}
