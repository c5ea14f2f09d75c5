// The Trust section's numbers in words: a pass rate in percent and its width in points, a mean score
// as a number.
import { formatNumber, formatPercent } from '../../format/numbers';
import type { RateWithInterval, TrustPlan } from '../../../../shared/trust';

/** A pass rate in percent, a mean score as a number. */
export const rateFormat = (passRate: boolean): ((value: number) => string) => (passRate ? formatPercent : formatNumber);

export const rateText = (rate: RateWithInterval, passRate: boolean): string => {
  const format = rateFormat(passRate);
  return `${format(rate.value)} (95%: ${format(rate.ci[0])} – ${format(rate.ci[1])})`;
};

/** An interval's half-width: "±3 points" of a pass rate, "±0.2" of a score. */
export const halfWidthText = (halfWidth: number, passRate: boolean): string =>
  passRate ? `±${formatNumber(halfWidth * 100)} points` : `±${formatNumber(halfWidth)}`;

/** "label 140 more to know the pass rate within ±3 points", or why no number is given. */
export function plannerSentence(plan: TrustPlan, passRate: boolean): string {
  const what = passRate ? 'the pass rate' : 'the mean score';
  const within = halfWidthText(plan.half_width, passRate);
  if (plan.more_labels === null) return `No number of labels on this dataset gets ${what} within ${within}.`;
  if (plan.more_labels === 0) return `The labels so far already give ${what} within ${within}.`;
  return `Label ${plan.more_labels} more to know ${what} within ${within}.`;
}
