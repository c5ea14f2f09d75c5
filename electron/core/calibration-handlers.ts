// The handlers of the calibration view, few-shot sets and calibrations, assembled in one place.
import type Database from 'better-sqlite3';
import type { JudgeAgreement, ParsedInput } from '../../shared/contract';
import type { Workspace } from '../db/open-workspace';
import { createCalibrationLoop, type CalibrationLoopDeps } from './calibration-loop';
import { calibrationBreakdown, calibrationOverview } from './calibration-overview';
import { calibrationStats, suggestExamples } from './calibration-stats';
import { createFewShotSets } from './fewshot-sets';
import { judgePairs } from './judge-pairs';
import type { WriteQueue } from './write-queue';

export function createCalibrationHandlers(
  deps: { workspace: Workspace; writes: WriteQueue; now: () => Date } & Pick<
    CalibrationLoopDeps,
    'prices' | 'saveJudge' | 'startRun'
  > & { preview: Parameters<typeof createFewShotSets>[0]['preview'] },
) {
  const db: Database.Database = deps.workspace.reader;
  const shared = { db, writer: deps.workspace.writer, writes: deps.writes, now: deps.now };

  return {
    'calibration.stats': (input: ParsedInput<'calibration.stats'>): JudgeAgreement => calibrationStats(db, input),
    'fewshot.suggest': ({ judge, version, reviewer, maxExamples, tokenBudget }: ParsedInput<'fewshot.suggest'>) => {
      return suggestExamples(db, judgePairs(db, { judge, version, reviewer }), { maxExamples, tokenBudget });
    },
    'calibration.overview': (input: ParsedInput<'calibration.overview'>) => calibrationOverview(db, input),
    'calibration.breakdown': (input: ParsedInput<'calibration.breakdown'>) => calibrationBreakdown(db, input),
    ...createFewShotSets({ ...shared, preview: deps.preview }),
    ...createCalibrationLoop({ ...shared, prices: deps.prices, saveJudge: deps.saveJudge, startRun: deps.startRun }),
  };
}
