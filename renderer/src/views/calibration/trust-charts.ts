// What the Trust rates chart plots and its accessible twin reads: the three rates as points with
// their 95% interval as error bars.
import type { TrustEstimate } from '../../../../shared/trust';

export interface RatePoint {
  name: string;
  value: number;
  low: number;
  high: number;
  /** Distance to the interval's ends below and above the value, as recharts' ErrorBar takes it. */
  error: [number, number];
}

/** Judge alone, labels alone and the PPI++ estimate, in that order on one axis. */
export function ratePoints(estimate: TrustEstimate): RatePoint[] {
  const rates = [
    { name: 'Judge alone', rate: estimate.judge_rate },
    { name: 'Labels alone', rate: estimate.labelled_rate },
    { name: 'Estimate (PPI++)', rate: estimate.estimate },
  ];
  return rates.map(({ name, rate }) => ({
    name,
    value: rate.value,
    low: rate.ci[0],
    high: rate.ci[1],
    error: [rate.value - rate.ci[0], rate.ci[1] - rate.value],
  }));
}
