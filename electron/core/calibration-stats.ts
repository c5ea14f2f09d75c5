// Agreement of a judge version with the humans, and few-shot suggestions from where it disagreed:
// the pure reading side that the calibration handlers, loop, overview and few-shot sets all build on.
import type Database from 'better-sqlite3';
import type { JudgeAgreement } from '../../shared/contract';
import type { FewShotExample } from '../../shared/judging';
import { agreement } from '../calibration';
import { humanRatingsOf } from './expert-agreement';
import { suggestFewShot, type FewShotCandidate } from '../calibration/fewshot-suggest';
import { reviewedExample } from './fewshot-examples';
import { judgePairs, type JudgePair, type JudgePairs } from './judge-pairs';

/** The judge missed: a flipped verdict, or a different score / category. */
const missOf = (pair: JudgePair): number => {
  if (pair.judge.score !== null && pair.human.score !== null) return Math.abs(pair.judge.score - pair.human.score);
  if (pair.judge.label !== null && pair.human.label !== null && pair.judge.label !== pair.human.label) return 1;
  return pair.judge.pass === pair.human.pass ? 0 : 1;
};

/** A judge miss that carries an expert's rationale, as a few-shot candidate. */
function fewShotCandidate(db: Database.Database, paired: JudgePairs, pair: JudgePair): FewShotCandidate | null {
  const withRationale = pair.human.labels.find((label) => label.rationale?.trim());
  const miss = missOf(pair);
  if (!withRationale || miss === 0) return null;
  const example = reviewedExample(
    db,
    { itemId: pair.itemId, labelId: withRationale.labelId },
    pair.human,
    withRationale.rationale!,
    paired.polarity,
  );
  return { example, miss, support: pair.human.labels.length, pass: pair.human.pass };
}

/** Few-shot examples from a judge's misses (see fewshot-suggest.ts for the rules). */
export function suggestExamples(
  db: Database.Database,
  paired: JudgePairs,
  options: { maxExamples: number; tokenBudget: number },
): FewShotExample[] {
  return suggestFewShot(
    paired.pairs.flatMap((pair) => fewShotCandidate(db, paired, pair) ?? []),
    options,
  );
}

/** Agreement of a judge version with one reviewer or the consensus (`paired` when already looked up). */
export function calibrationStats(
  db: Database.Database,
  { judge, version, reviewer, seed = 1 }: { judge: string; version?: number; reviewer?: string; seed?: number },
  paired: JudgePairs = judgePairs(db, { judge, version, reviewer }),
): JudgeAgreement {
  const humanRatings = humanRatingsOf(paired);
  const common = { judge, version: paired.version, humanRatings, seed };
  const passFail = paired.pairs.map((p) => ({ judgePass: p.judge.pass, humanPass: p.human.pass }));
  const result =
    paired.outputType.kind === 'scale'
      ? agreement({
          ...common,
          kind: 'scale',
          pairs: paired.pairs.flatMap((p) =>
            p.judge.score === null || p.human.score === null
              ? []
              : [
                  {
                    judgePass: p.judge.pass,
                    humanPass: p.human.pass,
                    judgeScore: p.judge.score,
                    humanScore: p.human.score,
                  },
                ],
          ),
        })
      : agreement({ ...common, kind: 'pass_fail', pairs: passFail });
  return {
    ...result,
    outputType: paired.outputType,
    threshold: paired.threshold,
    humans: reviewer ? { reviewer } : { consensus: [...new Set(paired.labels.map((l) => l.reviewer))].sort() },
  };
}
