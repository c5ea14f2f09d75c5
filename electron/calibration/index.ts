// Agreement of one judge version with human labels, shaped as `gavel agreement --json` prints it.
// Every statistic is a number, or null where the library it matches (scikit-learn, SciPy, NLTK)
// returns NaN: JSON has no NaN, and null reads as "undefined for this data", not as zero.
import type { AgreementResult } from '../../shared/calibration';
import { binaryAgreement, type PassFailPair } from './binary-agreement';
import { humanHumanAgreement, type HumanRating } from './human-agreement';
import { humanHumanIntervals, ordinalIntervals, passFailIntervals } from './intervals';
import { ordinalAgreement, type ScorePair } from './ordinal-agreement';
import { smallSampleWarning } from './small-sample';

export type { PassFailPair } from './binary-agreement';
export type { HumanRating } from './human-agreement';
export type { ScorePair } from './ordinal-agreement';
export type * from '../../shared/calibration';

/** The seed when none is given, so that repeated runs print the same intervals. */
export const DEFAULT_SEED = 1;

interface AgreementInputBase {
  judge: string;
  version: number;
  /** Every reviewer's rating of the judge's items, for human–human agreement. */
  humanRatings: readonly HumanRating[];
  seed?: number;
  resamples?: number;
}

/** Items with both a judge verdict and a human label: pass flags, and scores on scale judges. */
export type AgreementInput =
  | (AgreementInputBase & { kind: 'pass_fail'; pairs: readonly PassFailPair[] })
  | (AgreementInputBase & { kind: 'scale'; pairs: readonly (PassFailPair & ScorePair)[] });

export function agreement(input: AgreementInput): AgreementResult {
  const bootstrap = { seed: input.seed ?? DEFAULT_SEED, resamples: input.resamples };
  const scored = input.kind === 'scale';
  return {
    judge: input.judge,
    version: input.version,
    n: input.pairs.length,
    binary: binaryAgreement(input.pairs),
    ordinal: scored ? ordinalAgreement(input.pairs) : null,
    ci: {
      binary: passFailIntervals(input.pairs, bootstrap),
      ordinal: scored ? ordinalIntervals(input.pairs, bootstrap) : null,
      human_human: humanHumanIntervals(input.humanRatings, scored, bootstrap),
    },
    human_human: humanHumanAgreement(input.humanRatings, scored),
    warning: smallSampleWarning(input.pairs.length),
  };
}
