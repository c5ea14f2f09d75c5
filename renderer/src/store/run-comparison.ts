// Two runs' per-judge summaries side by side: rows aligned on the judge's name.
import type { JudgeAggregate } from '../../../shared/judging';

export interface ComparedJudge {
  /** The judge's name, or `name vN` when a run holds several versions of that judge. */
  judge: string;
  a: JudgeAggregate | null;
  b: JudgeAggregate | null;
}

function byJudge(aggregates: JudgeAggregate[]): Map<string, JudgeAggregate> {
  const versionsOf = new Map<string, number>();
  for (const aggregate of aggregates) versionsOf.set(aggregate.judge, (versionsOf.get(aggregate.judge) ?? 0) + 1);
  return new Map(
    aggregates.map((aggregate) => [
      versionsOf.get(aggregate.judge) === 1 ? aggregate.judge : `${aggregate.judge} v${aggregate.version}`,
      aggregate,
    ]),
  );
}

/** Judges of run A in its order, then those only run B has. */
export function alignAggregates(a: JudgeAggregate[], b: JudgeAggregate[]): ComparedJudge[] {
  const left = byJudge(a);
  const right = byJudge(b);
  const judges = [...left.keys(), ...[...right.keys()].filter((judge) => !left.has(judge))];
  return judges.map((judge) => ({ judge, a: left.get(judge) ?? null, b: right.get(judge) ?? null }));
}

/** B − A, or null when either side has no value. */
export function difference(a: number | null | undefined, b: number | null | undefined): number | null {
  return a === null || a === undefined || b === null || b === undefined ? null : b - a;
}
