// Agreement of a judge version with the humans: pairs each item's verdict with the human label
// (one reviewer's, or the consensus) and hands them to the statistics in electron/calibration.
import type Database from 'better-sqlite3';
import type { JudgeAgreement, ParsedInput } from '../../shared/contract';
import type { OutputType } from '../../shared/domain';
import { GavelError } from '../../shared/result';
import { agreement, type HumanRating } from '../calibration';
import type { Workspace } from '../db/open-workspace';
import { sql } from '../db/statement-cache';

interface Verdict {
  item_id: number;
  key: string;
  score: number | null;
  pass: number | null;
}

interface HumanLabel {
  item_id: number;
  reviewer: string;
  score: number | null;
  pass: number | null;
  source: string | null;
}

/** A scale's pass threshold; scales without one pass from their midpoint up (down when lower is better). */
function thresholdOf(outputType: OutputType): number | null {
  if (outputType.kind !== 'scale') return null;
  return outputType.passThreshold ?? (outputType.min + outputType.max) / 2;
}

function passOf(
  value: { score: number | null; pass: number | null },
  threshold: number | null,
  greaterIsBetter: boolean,
) {
  if (value.pass !== null) return value.pass === 1;
  if (value.score === null || threshold === null) return null;
  return greaterIsBetter ? value.score >= threshold : value.score <= threshold;
}

export function createCalibrationHandlers(deps: { workspace: Workspace }) {
  const db: Database.Database = deps.workspace.reader;

  return {
    'calibration.stats': ({ judge, version, reviewer, seed }: ParsedInput<'calibration.stats'>): JudgeAgreement => {
      const row = sql(
        db,
        `SELECT v.id, v.version, v.output_type, v.greater_is_better FROM judge_version v JOIN judge j ON j.id = v.judge_id
          WHERE j.name = @judge AND (@version IS NULL OR v.version = @version)
            AND EXISTS (SELECT 1 FROM judgment jm WHERE jm.judge_version_id = v.id AND jm.status = 'done')
          ORDER BY v.version DESC LIMIT 1`,
      ).get({ judge, version: version ?? null }) as
        { id: number; version: number; output_type: string; greater_is_better: number } | undefined;
      if (!row) {
        throw new GavelError('NOT_FOUND', `No verdicts of judge "${judge}"${version ? ` version ${version}` : ''}.`);
      }
      const outputType = JSON.parse(row.output_type) as OutputType;
      const threshold = thresholdOf(outputType);
      const greater = row.greater_is_better === 1;

      // The newest finished verdict of this version per item.
      const verdicts = sql(
        db,
        `SELECT jm.item_id, i.key, jm.score, jm.pass FROM judgment jm JOIN item i ON i.id = jm.item_id
          WHERE jm.judge_version_id = ? AND jm.status = 'done'
            AND jm.id = (SELECT max(j2.id) FROM judgment j2 WHERE j2.judge_version_id = jm.judge_version_id
                          AND j2.item_id = jm.item_id AND j2.status = 'done')`,
      ).all(row.id) as Verdict[];
      const labels = sql(
        db,
        `SELECT l.item_id, rv.name AS reviewer, l.score, l.pass, l.source FROM latest_label l
           JOIN reviewer rv ON rv.id = l.reviewer_id JOIN judge j ON j.id = l.judge_id
          WHERE j.name = ? AND l.action IN ('confirm', 'override')`,
      ).all(judge) as HumanLabel[];

      const byItem = new Map<number, HumanLabel[]>();
      for (const label of labels) byItem.set(label.item_id, [...(byItem.get(label.item_id) ?? []), label]);
      const humanOf = (itemId: number): { pass: boolean; score: number | null } | null =>
        reviewer
          ? single(byItem.get(itemId)?.find((l) => l.reviewer === reviewer))
          : consensus(byItem.get(itemId) ?? []);
      const single = (label: HumanLabel | undefined) => {
        if (!label) return null;
        const pass = passOf(label, threshold, greater);
        return pass === null ? null : { pass, score: label.score };
      };
      /** The adjudicated label when there is one; else the majority (a tie leaves the item out), median score. */
      const consensus = (itemLabels: HumanLabel[]) => {
        const adjudicated = itemLabels.find((l) => l.source === 'adjudication');
        if (adjudicated) return single(adjudicated);
        const votes = itemLabels.map((l) => passOf(l, threshold, greater)).filter((p): p is boolean => p !== null);
        const yes = votes.filter(Boolean).length;
        if (votes.length === 0 || yes * 2 === votes.length) return null;
        const scores = itemLabels
          .map((l) => l.score)
          .filter((s): s is number => s !== null)
          .sort((a, b) => a - b);
        const median = scores.length === 0 ? null : scores[Math.floor((scores.length - 1) / 2)]!;
        return { pass: yes * 2 > votes.length, score: median };
      };

      const pairs = verdicts.flatMap((verdict) => {
        const human = humanOf(verdict.item_id);
        const judgePass = passOf(verdict, threshold, greater);
        if (!human || judgePass === null) return [];
        return [{ judgePass, humanPass: human.pass, judgeScore: verdict.score, humanScore: human.score }];
      });
      const keys = new Map(verdicts.map((v) => [v.item_id, v.key]));
      const humanRatings: HumanRating[] = labels.flatMap((label) => {
        const pass = passOf(label, threshold, greater);
        const item = keys.get(label.item_id);
        return pass === null || item === undefined || label.source === 'adjudication'
          ? []
          : [{ item, reviewer: label.reviewer, pass, score: label.score }];
      });
      const common = { judge, version: row.version, humanRatings, seed };
      const result =
        outputType.kind === 'scale'
          ? agreement({
              ...common,
              kind: 'scale',
              pairs: pairs.flatMap((p) =>
                p.judgeScore === null || p.humanScore === null
                  ? []
                  : [
                      {
                        judgePass: p.judgePass,
                        humanPass: p.humanPass,
                        judgeScore: p.judgeScore,
                        humanScore: p.humanScore,
                      },
                    ],
              ),
            })
          : agreement({ ...common, kind: 'pass_fail', pairs });
      return {
        ...result,
        outputType,
        threshold,
        humans: reviewer ? { reviewer } : { consensus: [...new Set(labels.map((l) => l.reviewer))].sort() },
      };
    },
  };
}
