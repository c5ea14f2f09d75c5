// Length bias: does the judge favour longer responses? Spearman's rank correlation between the
// length (characters) of what the judge read and its verdict, over every done verdict on the
// dataset, beside the same for the experts' final labels: a judge that follows length much more
// than the experts do is rewarding length, not quality.
import type Database from 'better-sqlite3';
import type { RankCorrelation } from '../../shared/audit';
import type { JudgeSpec } from '../../shared/judging';
import { spearmanRho } from '../calibration/ordinal-agreement';
import type { JudgeInput } from '../judging/evaluate';
import type { AuditSubject } from './audit-subject';
import { judgePairs } from './judge-pairs';

interface VerdictValue {
  score: number | null;
  label: string | null;
  pass: boolean | null;
}

/** A pairwise preference as a number: for A (+1), a tie (0), for B (−1). */
const PREFERENCE: Record<string, number> = { A: 1, tie: 0, B: -1 };

/**
 * What is ranked against length: the score on scale judges, pass as 1/0 on yes/no judges (and on
 * category judges with a pass rule), the preference on pairwise judges; null when there is none.
 */
function rankedValue(spec: JudgeSpec, value: VerdictValue): number | null {
  if (spec.mode === 'pairwise') return value.label === null ? null : (PREFERENCE[value.label] ?? null);
  if (spec.outputType.kind === 'scale') return value.score;
  return value.pass === null ? null : value.pass ? 1 : 0;
}

/** Characters the judge read: the response, or for a pair how much longer A is than B. */
function lengthOf(input: JudgeInput): number {
  if (input.pairwise) return input.pairwise.a.length - input.pairwise.b.length;
  return (input.item.response ?? '').length;
}

function correlation(points: { length: number; value: number }[]): RankCorrelation {
  return {
    rho: spearmanRho(points.map((p) => ({ judgeScore: p.value, humanScore: p.length }))),
    n: points.length,
  };
}

export async function lengthBias(
  db: Database.Database,
  subject: AuditSubject,
  datasetId: number,
): Promise<{ judge: RankCorrelation; experts: RankCorrelation | null }> {
  const paired = judgePairs(db, { judge: subject.judge, version: subject.version, datasetId });
  const lengths = new Map<number, number>();
  for (const row of subject.judged) lengths.set(row.itemId, lengthOf(await subject.inputOf(row)));
  const pointsOf = (values: { itemId: number; value: VerdictValue }[]) =>
    values.flatMap(({ itemId, value }) => {
      const ranked = rankedValue(subject.spec, value);
      const length = lengths.get(itemId);
      return ranked === null || length === undefined ? [] : [{ length, value: ranked }];
    });
  const judged = pointsOf(paired.verdicts.map((v) => ({ itemId: v.itemId, value: v })));
  const labelled = pointsOf(paired.pairs.map((p) => ({ itemId: p.itemId, value: p.human })));
  return { judge: correlation(judged), experts: labelled.length === 0 ? null : correlation(labelled) };
}
