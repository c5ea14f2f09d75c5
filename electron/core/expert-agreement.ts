// Do the experts agree with each other enough to calibrate against? Their agreement on the items
// two or more of them labelled (Krippendorff's alpha: nominal on pass/fail, interval on scores), and
// the items where they split; calibrating to an ambiguous rubric only fits the judge to noise.
import type { HumanRating } from '../calibration';
import { humanHumanAgreement } from '../calibration/human-agreement';
import { GavelError } from '../../shared/result';
import { groupBy } from '../../shared/group-by';
import { answerText, expertsSplit } from '../../shared/verdict-value';
import type { HumanLabel } from '../db/queries/judge-pairs';
import type { JudgePairs } from './judge-pairs';

/** Every reviewer's latest label on the judge's items, as the agreement statistics read them. */
export function humanRatingsOf(paired: JudgePairs): HumanRating[] {
  return paired.labels.flatMap((label) => {
    const pass = paired.passOf(label);
    const item = paired.keys.get(label.itemId);
    return pass === null || item === undefined ? [] : [{ item, reviewer: label.reviewer, pass, score: label.score }];
  });
}

/** An item of the judge version where the experts split, with each reviewer's answer. */
export interface SplitItem {
  itemId: number;
  key: string;
  labels: { reviewer: string; answer: string }[];
}

const labelValue = (label: HumanLabel) => ({
  score: label.score,
  label: label.label,
  pass: label.pass === null ? null : label.pass === 1,
});

/** The version's items where the experts split (`expertsSplit`), in key order. */
export function splitItems(paired: JudgePairs): SplitItem[] {
  const judged = paired.labels.filter((label) => paired.keys.has(label.itemId));
  return [...groupBy(judged, (label) => label.itemId)]
    .filter(([, labels]) => expertsSplit(labels.map(labelValue), paired.polarity))
    .map(([itemId, labels]) => ({
      itemId,
      key: paired.keys.get(itemId)!,
      labels: labels.map((label) => ({
        reviewer: label.reviewer,
        answer: answerText(labelValue(label), paired.polarity),
      })),
    }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const SHOWN_ITEMS = 20;

/** Refuses to calibrate when the experts' agreement on their overlap is unknown or below `minimum`. */
export function requireExpertAgreement(paired: JudgePairs, judge: string, minimum: number): void {
  const scored = paired.outputType.kind === 'scale';
  const agreement = humanHumanAgreement(humanRatingsOf(paired), scored);
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
  const split = splitItems(paired).map((item) => item.key);
  const shown = split.slice(0, SHOWN_ITEMS).join(', ');
  throw new GavelError(
    'INVALID_INPUT',
    `The experts agree too little on ${judge} to calibrate against: ${measure} is ${alpha.toFixed(3)}, ` +
      `below the required ${minimum}. The rubric itself is ambiguous; clarify it before calibrating. ` +
      `Experts split on ${split.length} items: ${shown}${split.length > SHOWN_ITEMS ? ', …' : ''}.`,
  );
}
