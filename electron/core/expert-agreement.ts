// Do the experts agree with each other enough to calibrate against? Their agreement on the items
// two or more of them labelled (Krippendorff's alpha: nominal on pass/fail, interval on scores), and
// the items where they split; calibrating to an ambiguous rubric only fits the judge to noise.
import type { HumanRating } from '../calibration';
import { humanHumanAgreement } from '../calibration/human-agreement';
import { GavelError } from '../../shared/result';
import { groupBy } from '../../shared/group-by';
import type { JudgePairs } from './judge-pairs';

/** Every reviewer's latest label on the judge's items, as the agreement statistics read them. */
export function humanRatingsOf(paired: JudgePairs): HumanRating[] {
  return paired.labels.flatMap((label) => {
    const pass = paired.passOf(label);
    const item = paired.keys.get(label.itemId);
    return pass === null || item === undefined ? [] : [{ item, reviewer: label.reviewer, pass, score: label.score }];
  });
}

/** Keys of the items where the experts' labels differ (in pass/fail, or in score for a scale judge). */
export function splitItems(ratings: readonly HumanRating[], scored: boolean): string[] {
  return [...groupBy(ratings, (rating) => rating.item)]
    .filter(([, itemRatings]) => new Set(itemRatings.map((r) => (scored ? r.score : r.pass))).size > 1)
    .map(([item]) => item)
    .sort();
}

const SHOWN_ITEMS = 20;

/** Refuses to calibrate when the experts' agreement on their overlap is unknown or below `minimum`. */
export function requireExpertAgreement(paired: JudgePairs, judge: string, minimum: number): void {
  const scored = paired.outputType.kind === 'scale';
  const ratings = humanRatingsOf(paired);
  const agreement = humanHumanAgreement(ratings, scored);
  const alpha = scored ? (agreement.ordinal?.krippendorff_alpha_interval ?? null) : agreement.krippendorff_alpha;
  const measure = `Krippendorff's alpha${scored ? ' (interval, on scores)' : ' (on pass/fail)'}`;
  if (alpha === null) {
    throw new GavelError(
      'INVALID_INPUT',
      `Agreement between the experts on ${judge} is unknown: no item was labelled by two of them. ` +
        'Have two experts label the same items before requiring an agreement.',
    );
  }
  if (alpha >= minimum) return;
  const split = splitItems(ratings, scored);
  const shown = split.slice(0, SHOWN_ITEMS).join(', ');
  throw new GavelError(
    'INVALID_INPUT',
    `The experts agree too little on ${judge} to calibrate against: ${measure} is ${alpha.toFixed(3)}, ` +
      `below the required ${minimum}. The rubric itself is ambiguous; clarify it before calibrating. ` +
      `Experts split on ${split.length} items: ${shown}${split.length > SHOWN_ITEMS ? ', …' : ''}.`,
  );
}
