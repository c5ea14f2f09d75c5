// Where reviewers disagree: items whose latest human verdicts on a judge are different verdicts on
// its scale. Compared by answer, so a confirm and an override to the same value agree.
import type Database from 'better-sqlite3';
import type { LabelView } from '../../shared/domain';
import type { Disagreement } from '../../shared/review';
import { expertsSplit, type Polarity } from '../../shared/verdict-value';
import { criterionPolarity } from '../db/queries/criteria';
import { labelledByMany } from '../db/queries/labels';

const valueOf = (label: LabelView) => ({ score: label.score, label: label.label, pass: label.pass });

export function humanDisagreements(
  db: Database.Database,
  datasetId: number,
  judge: string | undefined,
): Disagreement[] {
  const scales = new Map<string, Polarity | null>();
  const scaleOf = (name: string) => {
    if (!scales.has(name)) scales.set(name, criterionPolarity(db, name));
    return scales.get(name)!;
  };
  return labelledByMany(db, datasetId, judge).flatMap((row): Disagreement[] => {
    const scale = scaleOf(row.judge);
    if (!scale) return [];
    if (!expertsSplit(row.labels.map(valueOf), scale)) return [];
    return [
      {
        itemId: row.itemId,
        key: row.key,
        judge: row.judge,
        scale,
        labels: row.labels.map((label) => ({
          reviewer: label.reviewer,
          value: valueOf(label),
          rationale: label.rationale,
          createdAt: label.createdAt,
        })),
        resolution: row.resolution && {
          ...valueOf(row.resolution),
          rationale: row.resolution.rationale,
          reviewer: row.resolution.reviewer,
        },
      },
    ];
  });
}
