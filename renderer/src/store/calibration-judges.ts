// The judges calibration can say something about: those with verdicts in some dataset.
import type { DatasetSummary } from '../../../shared/domain';

export function judgesWithVerdicts(datasets: Pick<DatasetSummary, 'judges'>[]): string[] {
  return [...new Set(datasets.flatMap((dataset) => dataset.judges))].sort((a, b) => a.localeCompare(b));
}

/** The judge to show first: the one with the most reviewed items, else the first by name. */
export function mostReviewedJudge(datasets: Pick<DatasetSummary, 'judges' | 'reviewed'>[]): string | null {
  const reviewed = new Map<string, number>();
  for (const dataset of datasets)
    for (const [judge, items] of Object.entries(dataset.reviewed))
      reviewed.set(judge, (reviewed.get(judge) ?? 0) + items);
  const judges = judgesWithVerdicts(datasets);
  return judges.reduce<string | null>(
    (best, judge) => (best === null || (reviewed.get(judge) ?? 0) > (reviewed.get(best) ?? 0) ? judge : best),
    null,
  );
}
