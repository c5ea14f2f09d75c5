// Fleiss' kappa: agreement among several ratings of each item beyond what chance gives, here the
// judge's repeated verdicts on the same items. Matches statsmodels' fleiss_kappa(table, method='fleiss').

/**
 * `ratings[i]` are item i's ratings (every item rated the same number of times, at least twice), as
 * any comparable values (pass/fail, a score, a category). Null where statsmodels gives NaN: every
 * rating in one category, so chance alone explains the agreement and kappa is undefined.
 */
export function fleissKappa(ratings: readonly (readonly (string | number | boolean)[])[]): number | null {
  const raters = ratings[0]?.length ?? 0;
  if (raters < 2 || ratings.some((item) => item.length !== raters)) {
    throw new RangeError("Fleiss' kappa needs every item rated the same number of times, at least twice.");
  }
  const categoryTotals = new Map<string | number | boolean, number>();
  let agreement = 0;
  for (const item of ratings) {
    const counts = new Map<string | number | boolean, number>();
    for (const rating of item) counts.set(rating, (counts.get(rating) ?? 0) + 1);
    let pairs = 0;
    for (const [category, count] of counts) {
      pairs += count * count;
      categoryTotals.set(category, (categoryTotals.get(category) ?? 0) + count);
    }
    agreement += (pairs - raters) / (raters * (raters - 1));
  }
  const observed = agreement / ratings.length;
  const total = ratings.length * raters;
  let expected = 0;
  for (const count of categoryTotals.values()) expected += (count / total) ** 2;
  return expected === 1 ? null : (observed - expected) / (1 - expected);
}
