// A judge version's failures: the items where its done verdict differs from the experts' final label
// (the pass differs; on a scale, the score is at least one point off; on categories, another
// category), with everything that says why: the texts, both verdicts, the rationale and audit tags.
import type Database from 'better-sqlite3';
import type { Failure } from '../../shared/align';
import type { JudgeSpec } from '../../shared/judging';
import { judgePairs, type JudgePair } from '../core/judge-pairs';
import { itemAuditTags } from '../db/queries/align-proposals';
import { itemFields } from '../db/queries/items';
import { judgeVersion } from '../db/queries/judges';

export interface JudgeFailures {
  judge: string;
  version: number;
  versionId: number;
  /** Null for versions imported from other tools' files. */
  spec: JudgeSpec | null;
  failures: Failure[];
}

/** Whether the judge's verdict differs from the experts' final label. */
export function isFailure(pair: JudgePair): boolean {
  if (pair.judge.pass !== pair.human.pass) return true;
  if (pair.judge.score !== null && pair.human.score !== null) return Math.abs(pair.judge.score - pair.human.score) >= 1;
  return pair.judge.label !== null && pair.human.label !== null && pair.judge.label !== pair.human.label;
}

/**
 * The failures of a judge version (its newest with verdicts when none is given), on `itemIds` only
 * when given (the search passes its development part).
 */
export function loadFailures(
  db: Database.Database,
  query: { judge: string; version?: number; itemIds?: readonly number[] },
): JudgeFailures {
  const paired = judgePairs(db, { judge: query.judge, version: query.version });
  const within = query.itemIds ? new Set(query.itemIds) : null;
  const pairs = paired.pairs.filter((pair) => (within === null || within.has(pair.itemId)) && isFailure(pair));
  const tags = itemAuditTags(
    db,
    query.judge,
    pairs.map((pair) => pair.itemId),
  );
  const failures = pairs.map((pair): Failure => {
    // The expert whose words say why: the first label of the decision that carries a rationale.
    const expert = pair.human.labels.find((label) => label.rationale?.trim()) ?? pair.human.labels[0]!;
    const fields = itemFields(db, pair.itemId);
    return {
      itemId: pair.itemId,
      key: pair.key,
      request: fields.request ?? '',
      response: fields.response ?? '',
      judge: { ...pair.judge },
      expert: {
        score: pair.human.score,
        label: pair.human.label,
        pass: pair.human.pass,
        rationale: expert.rationale?.trim() || null,
        reviewer: expert.reviewer,
      },
      tags: tags.get(pair.itemId) ?? [],
    };
  });
  return {
    judge: query.judge,
    version: paired.version,
    versionId: paired.versionId,
    spec: judgeVersion(db, paired.versionId)?.spec ?? null,
    failures,
  };
}
