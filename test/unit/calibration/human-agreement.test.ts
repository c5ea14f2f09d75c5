import { describe, expect, it } from 'vitest';
import { humanHumanAgreement } from '../../../electron/calibration/human-agreement';
import { krippendorffAlpha, nominalDistance } from '../../../electron/calibration/krippendorff';
import { expectMatches, reference, type ReviewerSet } from './reference';

function humanRatings(set: ReviewerSet) {
  return set.ratings.map(({ reviewer, item, score }) => ({ reviewer, item, score, pass: score >= set.pass_threshold }));
}

describe('humanHumanAgreement', () => {
  it.each(reference.reviewer_sets.map((set) => [set.name, set] as const))(
    'matches scikit-learn pairwise kappa and NLTK alpha on %s',
    (_name, set) => {
      const result = humanHumanAgreement(humanRatings(set), true);
      expectMatches(result.pairwise_kappa, set.expected.pairwise_kappa);
      expectMatches(result.krippendorff_alpha, set.expected.krippendorff_alpha);
      expectMatches(result.ordinal?.pairwise_qwk ?? null, set.expected.pairwise_qwk);
      expectMatches(result.ordinal?.krippendorff_alpha_interval ?? null, set.expected.krippendorff_alpha_interval);
    },
  );

  it('has no ordinal part for pass/fail judges', () => {
    const [first] = reference.reviewer_sets;
    expect(humanHumanAgreement(humanRatings(first!), false).ordinal).toBeNull();
  });
});

describe('krippendorffAlpha', () => {
  it('is undefined without ratings or with one reviewer of one item, as NLTK raises', () => {
    expect(krippendorffAlpha([], nominalDistance)).toBeNull();
    const oneRating = { item: 'a', reviewer: 'ana' };
    expect(
      krippendorffAlpha(
        [
          { ...oneRating, label: 'pass' },
          { ...oneRating, label: 'fail' },
        ],
        nominalDistance,
      ),
    ).toBeNull();
  });
});
