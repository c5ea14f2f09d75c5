// Which alignment made a judge version, as exports carry it: the newest finished search whose winner
// the version is, with its sealed-test result.
import type { AlignSearchView } from '../../shared/align';
import type { Alignment } from './export-data';

export function alignmentFromSearches(
  searches: readonly AlignSearchView[],
  judge: string,
  version: number,
): Alignment | null {
  const made = searches
    .filter((search) => search.judge === judge && search.status === 'done' && search.to_version === version)
    .sort((a, b) => b.id - a.id);
  for (const search of made) {
    const test = search.test;
    const [lower, upper] = test?.difference.ci ?? [null, null];
    // A sealed test without both measures or an interval proves nothing to write down.
    if (!test?.before || !test.after || test.difference.value === null || lower === null || upper === null) continue;
    return {
      fromVersion: search.from_version,
      toVersion: version,
      testItems: test.items,
      before: test.before,
      after: test.after,
      difference: { value: test.difference.value, ci: [lower, upper] },
      pValue: test.p_value,
    };
  }
  return null;
}
