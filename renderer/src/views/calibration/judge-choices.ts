// The judges calibration can say something about: those with verdicts in some dataset.
import type { DatasetSummary } from '../../../../shared/domain';

export function judgesWithVerdicts(datasets: Pick<DatasetSummary, 'judges'>[]): string[] {
  return [...new Set(datasets.flatMap((dataset) => dataset.judges))].sort((a, b) => a.localeCompare(b));
}
