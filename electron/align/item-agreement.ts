// Per-item agreement a_i ∈ [0, 1] between a judge's verdict and the experts' final label: on yes/no
// (and category) judges 1 when they agree, else 0; on scales 1 − |judge − expert| / (max − min).
import type { OutputType } from '../../shared/domain';
import type { JudgePair } from '../core/judge-pairs';

export function itemAgreement(pair: JudgePair, outputType: OutputType): number {
  if (outputType.kind === 'scale' && pair.judge.score !== null && pair.human.score !== null) {
    const range = outputType.max - outputType.min;
    return range === 0 ? 1 : 1 - Math.abs(pair.judge.score - pair.human.score) / range;
  }
  if (outputType.kind === 'categories' && pair.judge.label !== null && pair.human.label !== null) {
    return pair.judge.label === pair.human.label ? 1 : 0;
  }
  return pair.judge.pass === pair.human.pass ? 1 : 0;
}

export const meanOf = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
