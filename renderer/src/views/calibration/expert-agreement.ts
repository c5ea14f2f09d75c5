// The experts' agreement among themselves in words: the alpha the calibration check reads (nominal on
// pass/fail, interval on scores), its 95% interval, the overlap it rests on, and whether it is too low
// to calibrate against.
import type { AgreementResult, Interval } from '../../../../shared/calibration';
import { formatNumber } from '../../format/numbers';
import { plural } from '../../format/text';
import { showInterval } from './agreement-metrics';

/** Below this alpha the rubric reads as ambiguous (the usual threshold for tentative agreement). */
export const AMBIGUOUS_BELOW = 0.6;

export interface ExpertAgreement {
  alpha: number | null;
  interval: Interval;
  /** Items two or more experts labelled. */
  overlap: number;
  /** The alpha is below AMBIGUOUS_BELOW. */
  ambiguous: boolean;
}

/** Krippendorff's alpha on scores for scale judges, on pass/fail otherwise, as `calibrate --require-agreement` reads it. */
export function expertAgreement(result: AgreementResult): ExpertAgreement {
  const { human_human: humans, ci } = result;
  const onScores = humans.ordinal !== null && ci.human_human.ordinal !== null;
  const alpha = onScores ? humans.ordinal!.krippendorff_alpha_interval : humans.krippendorff_alpha;
  const interval = onScores ? ci.human_human.ordinal!.krippendorff_alpha_interval : ci.human_human.krippendorff_alpha;
  return { alpha, interval, overlap: humans.overlap, ambiguous: alpha !== null && alpha < AMBIGUOUS_BELOW };
}

/** "Experts among themselves: α 0.62 (95% 0.48 – 0.75) on 40 items labelled by two or more." */
export function expertsSentence({ alpha, interval, overlap }: ExpertAgreement): string {
  if (overlap === 0) return 'No item was labelled by two experts yet, so their agreement is unknown.';
  const range = showInterval(interval, formatNumber);
  const value = alpha === null ? 'undefined' : formatNumber(alpha);
  return `Experts among themselves: α ${value}${range ? ` (95% ${range})` : ''} on ${plural(overlap, 'item')} labelled by two or more.`;
}
