// The judge beside the experts in one sentence: within human noise when its κ reaches theirs. Experts
// who agree no better than chance set no bar, so reaching their κ is then not told as good news.
import type { AgreementResult } from '../../../../shared/calibration';
import { formatNumber } from '../../format/numbers';
import { humanNoise, showInterval, showValue } from './agreement-metrics';

export function noiseSentence(result: AgreementResult): string {
  const noise = humanNoise(result);
  if (noise === null) {
    return 'Only one reviewer rated the same items, so there is no human noise to compare with: ask a second reviewer to label some of them.';
  }
  if (noise.judgeWithin === null) return 'The judge’s κ is undefined on these items.';
  const judgeKappa = showValue({ value: result.binary.kappa, format: formatNumber });
  const humans = formatNumber(noise.kappa);
  if (noise.kappa <= 0) {
    return `No human noise to compare with: the experts agree no better than chance among themselves (κ ${humans}), so the judge’s κ ${judgeKappa} cannot be judged against them. Settle the items where they split first.`;
  }
  if (noise.judgeWithin) {
    return `Within human noise: the judge agrees with the humans (κ ${judgeKappa}) at least as well as they agree with each other (κ ${humans}).`;
  }
  const interval = showInterval(result.ci.binary.kappa, formatNumber);
  return `Not yet within human noise: the judge’s κ ${judgeKappa} is below the humans’ ${humans}${interval ? ` (the judge’s 95% interval: ${interval})` : ''}.`;
}
