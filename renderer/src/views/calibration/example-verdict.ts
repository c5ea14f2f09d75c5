// How a few-shot example (or a changed verdict) reads: the humans' verdict it carries.
import type { FewShotExample } from '../../../../shared/judging';
import { formatNumber } from '../../format/numbers';

/** The humans' verdict an example teaches: `score 2 · fail`, `label · pass`, `pass`. */
export function exampleVerdict(example: Pick<FewShotExample, 'score' | 'label' | 'pass'>): string {
  const parts: string[] = [];
  if (example.score !== null) parts.push(`score ${formatNumber(example.score)}`);
  if (example.label !== null) parts.push(example.label);
  if (example.pass !== null) parts.push(example.pass ? 'pass' : 'fail');
  return parts.join(' · ') || '—';
}
