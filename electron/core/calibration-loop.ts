// "Close the loop": a new judge version with few-shot examples, run on labelled items
// it never saw, and its agreement with the humans before and after on exactly those items.
//
// Leakage is what makes such a number meaningless, so the rules are strict: a hold-out is fixed per
// judge before any example is chosen and kept for every later calibration; examples never come from
// it; the new version is run only on labelled items that are not examples (and only on the hold-out
// when one is asked for); before and after are both measured on the items stored with the calibration.
import type Database from 'better-sqlite3';
import type { AgreementResult, CalibrationStatus, CalibrationView, ChangedVerdict } from '../../shared/calibration';
import type { ParsedInput, RunSummary } from '../../shared/contract';
import type { FewShotExample, JudgeSpec, JudgeVersionView, ModelPrice, RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import {
  calibrationById,
  insertCalibration,
  judgeHoldout,
  listCalibrations,
  saveHoldout,
  type CalibrationRow,
  type HoldoutRow,
} from '../db/queries/calibrations';
import { judgeIdByName, judgeVersion, judgeVersions } from '../db/queries/judges';
import { priceFor } from '../runner/prices';
import { itemFields, runSummary } from '../runner/run-store';
import { seededSample } from '../runner/selection';
import { calibrationStats, suggestExamples } from './calibration-stats';
import { itemRefs } from '../db/queries/items';
import { pairsOrNull, restrictPairs } from './calibration-pairs';
import { requireExpertAgreement } from './expert-agreement';
import { curatedExamples, promptedSpec } from './fewshot-sets';
import { judgePairs, type JudgePair, type JudgePairs } from './judge-pairs';
import type { WriteQueue } from './write-queue';
import { groupBy } from '../../shared/group-by';

const STATUS: Record<RunStatus, CalibrationStatus> = {
  pending: 'running',
  running: 'running',
  paused: 'running',
  done: 'done',
  failed: 'failed',
  cancelled: 'cancelled',
  // Its process stopped: nothing runs until someone resumes it.
  interrupted: 'cancelled',
};

export interface CalibrationLoopDeps {
  db: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  now: () => Date;
  prices: () => ModelPrice[];
  /** The judges.save handler: validates the spec and its provider, and saves the version. */
  saveJudge: (input: { name: string; spec: JudgeSpec }) => Promise<{ version: JudgeVersionView; created: boolean }>;
  /** The runs.start handler. */
  startRun: (input: ParsedInput<'runs.start'>) => Promise<RunSummary>;
}

const exampleText = (item: { request: string | null; response: string | null }) =>
  JSON.stringify([item.request, item.response]);

const sameVerdict = (a: JudgePair['judge'], b: JudgePair['judge']) =>
  a.pass === b.pass && a.score === b.score && a.label === b.label;
const verdictOf = ({ score, label, pass }: { score: number | null; label: string | null; pass: boolean }) => ({
  score,
  label,
  pass,
});

export function createCalibrationLoop(deps: CalibrationLoopDeps) {
  const { db } = deps;

  /** The judge's hold-out: the one fixed earlier, else a new seeded share of the labelled items. */
  async function fixHoldout(
    judgeId: number,
    labelled: number[],
    share: number,
    seed: number,
  ): Promise<HoldoutRow | null> {
    const fixed = judgeHoldout(db, judgeId);
    if (fixed || share === 0) return fixed;
    const size = Math.max(1, Math.round(share * labelled.length));
    const itemIds = seededSample(
      [...labelled].sort((a, b) => a - b),
      size,
      seed,
    );
    await deps.writes.run(() => saveHoldout(deps.writer, judgeId, { share, seed, itemIds }, deps.now().toISOString()));
    return judgeHoldout(db, judgeId);
  }

  /** The saved set (refused when it reaches into the hold-out), else suggestions from outside it. */
  function chooseExamples(
    paired: JudgePairs,
    judgeId: number,
    held: Set<number>,
    input: ParsedInput<'calibration.start'>,
  ): FewShotExample[] {
    const saved = curatedExamples(db, judgeId);
    const name = `${input.judge} v${paired.version}`;
    if (saved.length > 0) {
      const inside = saved.findIndex((example) => held.has(example.itemId!));
      if (inside >= 0) {
        const key = itemRefs(db, [saved[inside]!.itemId!]).get(saved[inside]!.itemId!)?.key;
        throw new GavelError(
          'INVALID_INPUT',
          `Saved few-shot example ${inside + 1} of ${input.judge} (item ${key}) is in the judge's hold-out, ` +
            'which measures calibrations: remove it from the set.',
        );
      }
      return saved;
    }
    const outside = restrictPairs(paired, (itemId) => !held.has(itemId));
    const suggested = suggestExamples(db, outside, input);
    if (suggested.length === 0) {
      throw new GavelError(
        'INVALID_INPUT',
        `No few-shot examples for ${name}: none of its ${outside.pairs.length} labelled items` +
          `${held.size > 0 ? ' outside the hold-out' : ''} is a disagreement with the humans that carries a rationale. ` +
          'Write a rationale when overriding the judge, or save a few-shot set.',
      );
    }
    return suggested;
  }

  async function start(input: ParsedInput<'calibration.start'>): Promise<CalibrationView> {
    const paired = judgePairs(db, input);
    if (input.requireAgreement !== undefined) requireExpertAgreement(paired, input.judge, input.requireAgreement);
    const name = `${input.judge} v${paired.version}`;
    const from = promptedSpec(judgeVersions(db, input.judge).find((v) => v.version === paired.version)!);
    const labelled = paired.pairs.map((pair) => pair.itemId);
    if (labelled.length === 0) {
      throw new GavelError(
        'INVALID_INPUT',
        `${name} has no verdicts on items with a human decision: nothing to calibrate against.`,
      );
    }
    const holdout = await fixHoldout(from.judgeId, labelled, input.holdout, input.seed);
    const held = new Set(holdout?.itemIds ?? []);
    const examples = chooseExamples(paired, from.judgeId, held, input);
    const exampleIds = new Set(examples.map((example) => example.itemId!));
    const measureHoldout = input.holdout > 0 && holdout !== null;
    // An item with an example's very request and response (a copy in another dataset, say) is that
    // example again: it is not measured either.
    const exampleTexts = new Set(examples.map(exampleText));
    const measured = labelled.filter(
      (id) =>
        !exampleIds.has(id) && (!measureHoldout || held.has(id)) && !exampleTexts.has(exampleText(itemFields(db, id))),
    );
    if (measured.length === 0) {
      throw new GavelError(
        'INVALID_INPUT',
        `Nothing left to measure: every labelled item of ${name}${measureHoldout ? ' in the hold-out' : ''} is a few-shot example.`,
      );
    }
    const refs = itemRefs(db, measured);
    // A run covers one dataset: the new version gets one per dataset its measured items are in.
    const byDataset = groupBy(
      measured.map((id) => refs.get(id)!),
      (ref) => ref.datasetId,
    );

    const spec: JudgeSpec = {
      ...from.spec,
      fewshot: examples,
      provider: input.provider ?? from.spec.provider,
      model: input.model ?? from.spec.model,
    };
    const { version: to } = await deps.saveJudge({ name: input.judge, spec });
    if (to.id === from.id)
      throw new GavelError('INVALID_INPUT', `${name} already has exactly these few-shot examples.`);
    const runIds: number[] = [];
    for (const [datasetId, refsOfDataset] of byDataset) {
      const run = await deps.startRun({
        datasetId,
        judgeVersionIds: [to.id],
        selection: { kind: 'keys', keys: refsOfDataset.map((ref) => ref.key) },
        // Measured items lacking a field the judge needs make the calibration refuse, not fail per item.
        onlyComplete: false,
        name: `Calibration: ${input.judge} v${from.version} → v${to.version}`,
      });
      runIds.push(run.id);
    }
    const id = await deps.writes.run(() =>
      insertCalibration(deps.writer, {
        judgeId: from.judgeId,
        fromVersionId: from.id,
        toVersionId: to.id,
        runIds,
        reviewer: input.reviewer ?? null,
        holdout: measureHoldout ? holdout.share : 0,
        seed: input.seed,
        examples: [...exampleIds],
        measured,
        createdAt: deps.now().toISOString(),
      }),
    );
    return view(calibrationById(db, id)!);
  }

  /** Before and after on the measured items both versions have a verdict for, and what changed. */
  function measure(row: CalibrationRow) {
    const measured = new Set(row.measured);
    const query = { judge: row.judge, reviewer: row.reviewer ?? undefined };
    const toPairs = pairsOrNull(db, { ...query, version: row.toVersion });
    if (!toPairs) return null;
    const judgedAfter = new Set(toPairs.pairs.map((pair) => pair.itemId).filter((id) => measured.has(id)));
    const beforePaired = restrictPairs(judgePairs(db, { ...query, version: row.fromVersion }), (id) =>
      judgedAfter.has(id),
    );
    const common = new Set(beforePaired.pairs.map((pair) => pair.itemId));
    if (common.size === 0) return null;
    const afterPaired = restrictPairs(toPairs, (id) => common.has(id));
    const after = new Map(afterPaired.pairs.map((pair) => [pair.itemId, pair]));
    const refs = itemRefs(db, row.measured);
    const changed: ChangedVerdict[] = beforePaired.pairs.flatMap((pair) => {
      const now = after.get(pair.itemId)!;
      return sameVerdict(pair.judge, now.judge)
        ? []
        : [
            {
              item: refs.get(pair.itemId)!,
              before: verdictOf(pair.judge),
              after: verdictOf(now.judge),
              human: verdictOf(pair.human),
            },
          ];
    });
    const stats = (paired: JudgePairs, version: number): AgreementResult =>
      calibrationStats(db, { ...query, version, seed: row.seed }, paired);
    return { before: stats(beforePaired, row.fromVersion), after: stats(afterPaired, row.toVersion), changed };
  }

  /** The runs' status together: running while any runs, then failed or cancelled if any was. */
  function statusOf(runs: RunSummary[]): CalibrationStatus {
    const statuses = new Set(runs.map((run) => STATUS[run.status]));
    if (runs.length === 0) return 'failed';
    return (['running', 'failed', 'cancelled'] as const).find((status) => statuses.has(status)) ?? 'done';
  }

  function errorOf(row: CalibrationRow, runs: RunSummary[], status: CalibrationStatus, measured: boolean) {
    if (runs.length === 0) return 'Its runs were deleted.';
    const failed = runs.find((run) => STATUS[run.status] === status);
    if (status === 'failed' && failed)
      return `Run #${failed.id} failed: ${failed.errors} of ${failed.total} judgments ended in an error.`;
    if (status === 'cancelled' && failed)
      return failed.status === 'interrupted'
        ? `Run #${failed.id} was interrupted (its process stopped); resume it to finish.`
        : `Run #${failed.id} was cancelled.`;
    if (status === 'done' && !measured)
      return `The new version has no verdict on any of the ${row.measured.length} measured items.`;
    return null;
  }

  function view(row: CalibrationRow): CalibrationView {
    const runs = row.runIds.flatMap((runId) => runSummary(db, runId) ?? []);
    const status = statusOf(runs);
    const measuredNow = status === 'done' ? measure(row) : null;
    const model = judgeVersion(db, runs[0]?.judges[0]?.judgeVersionId ?? -1)?.spec?.model ?? null;
    const priced = model === null || priceFor(model, deps.prices()) !== null;
    const keys = itemRefs(db, row.examples);
    return {
      id: row.id,
      judge: row.judge,
      fromVersion: row.fromVersion,
      toVersion: row.toVersion,
      runIds: runs.map((run) => run.id),
      status,
      createdAt: row.createdAt,
      examples: row.examples.map((id) => keys.get(id)?.key ?? `#${id}`),
      holdout: row.holdout,
      measuredOn: row.measured.length,
      before: measuredNow?.before ?? null,
      after: measuredNow?.after ?? null,
      cost: priced ? runs.reduce((sum, run) => sum + run.cost, 0) : null,
      changed: measuredNow?.changed ?? [],
      error: errorOf(row, runs, status, measuredNow !== null),
    };
  }

  return {
    'calibration.start': start,
    'calibration.get': ({ id }: ParsedInput<'calibration.get'>): CalibrationView => {
      const row = calibrationById(db, id);
      if (!row) throw new GavelError('NOT_FOUND', `No calibration with id ${id}.`);
      return view(row);
    },
    'calibration.list': ({ judge }: ParsedInput<'calibration.list'>): CalibrationView[] => {
      if (judge !== undefined) judgeIdByName(db, judge);
      return listCalibrations(db, judge ?? null).map(view);
    },
  };
}
