// API handlers for evaluation runs.
import type { Candidate, ParsedInput, RunDetail } from '../../shared/contract';
import type { JudgeSpec, ProviderConfig } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { datasetExists } from '../db/queries/datasets';
import { judgeVersion } from '../db/queries/judges';
import type { Workspace } from '../db/open-workspace';
import { runAggregates } from '../runner/aggregate';
import { estimateRun } from '../runner/estimate';
import type { Runner } from '../runner/runner';
import {
  createRun,
  generationSummary,
  itemsGeneratedByBoth,
  listRuns,
  runJudgments,
  runSettings,
  runSummary,
} from '../runner/run-store';
import { checkFields, runnableItems, type PlannedJudge } from '../runner/preflight';
import { selectItems } from '../runner/selection';
import type { ProviderRegistry } from './provider-registry';
import type { WriteQueue } from './write-queue';

export function createRunHandlers(deps: {
  workspace: Workspace;
  writes: WriteQueue;
  runner: Runner;
  registry: ProviderRegistry;
  now: () => Date;
}) {
  const db = deps.workspace.reader;

  /** The judge versions to run and the providers they need, refusing anything not runnable. */
  function resolvePlan(input: ParsedInput<'runs.estimate'>, candidate?: Candidate) {
    if (!datasetExists(db, input.datasetId))
      throw new GavelError('NOT_FOUND', `No dataset with id ${input.datasetId}.`);
    const judges: PlannedJudge[] = input.judgeVersionIds.map((id) => {
      const version = judgeVersion(db, id);
      if (!version) throw new GavelError('NOT_FOUND', `No judge version with id ${id}.`);
      if (!version.spec) {
        throw new GavelError(
          'INVALID_INPUT',
          `${version.judge} v${version.version} was imported: it cannot be re-run.`,
        );
      }
      return { name: version.judge, spec: version.spec };
    });
    const specs: JudgeSpec[] = judges.map((judge) => judge.spec);
    const providers = new Map<string, ProviderConfig>();
    for (const spec of specs) {
      if (spec.kind === 'llm' && spec.provider) providers.set(spec.provider, deps.registry.get(spec.provider));
      if (spec.mode === 'pairwise') {
        throw new GavelError('INVALID_INPUT', 'A pairwise judge compares two runs: start it with runs.startPairwise.');
      }
    }
    if (candidate) providers.set(candidate.provider, deps.registry.get(candidate.provider));
    const selected = selectItems(db, input.datasetId, input.selection);
    if (selected.length === 0) throw new GavelError('INVALID_INPUT', 'The selection has no items.');
    const fields = checkFields(db, judges, selected, candidate !== undefined);
    const itemIds = input.onlyComplete ? fields.complete : selected;
    return { specs, providers, itemIds, selected, fields };
  }

  const summary = (id: number) => {
    const found = runSummary(db, id);
    if (!found) throw new GavelError('NOT_FOUND', `No run with id ${id}.`);
    return found;
  };

  /** What a run would judge, refused before any run row exists: nothing is created, nothing is sent. */
  function checkedPlan(plan: ParsedInput<'runs.estimate'>, candidate: Candidate | undefined) {
    const { specs, providers, selected, fields } = resolvePlan(plan, candidate);
    return { specs, providers, itemIds: runnableItems(fields, selected.length, plan.onlyComplete) };
  }

  async function start(
    plan: ParsedInput<'runs.estimate'>,
    candidate: Candidate | undefined,
    name: string | undefined,
    { specs, providers, itemIds } = checkedPlan(plan, candidate),
  ) {
    const names = [...new Set(specs.map((spec) => spec.template ?? 'custom'))];
    const runId = await deps.writes.run(() =>
      createRun(deps.workspace.writer, {
        datasetId: plan.datasetId,
        name: name || `Run: ${names.join(', ')}`,
        itemIds,
        settings: {
          judgeVersionIds: plan.judgeVersionIds,
          providers: [...providers.values()],
          ...(candidate && { generation: candidate }),
        },
        now: deps.now().toISOString(),
      }),
    );
    return deps.runner.launch(runId);
  }

  return {
    'runs.estimate': (input: ParsedInput<'runs.estimate'>) => {
      const { specs, providers, itemIds, fields } = resolvePlan(input, input.generation);
      return {
        ...estimateRun(db, { itemIds, specs, providers, prices: deps.registry.prices(), generation: input.generation }),
        missingFields: fields.missing,
        completeItems: fields.complete.length,
      };
    },
    'runs.start': (input: ParsedInput<'runs.start'>) => start(input, input.generation, input.name),
    'runs.compareModels': async (input: ParsedInput<'runs.compareModels'>) => {
      // Every candidate is checked before the first run starts: one refused leaves no run behind.
      const plans = input.candidates.map((candidate) => ({ candidate, checked: checkedPlan(input, candidate) }));
      const runs = [];
      for (const { candidate, checked } of plans) {
        runs.push(await start(input, candidate, `${candidate.model} (${candidate.provider})`, checked));
      }
      return runs;
    },
    'runs.startPairwise': async ({ runA, runB, judgeVersionId, name }: ParsedInput<'runs.startPairwise'>) => {
      const [a, b] = [summary(runA), summary(runB)];
      if (a.datasetId !== b.datasetId) throw new GavelError('INVALID_INPUT', 'The two runs judge different datasets.');
      const version = judgeVersion(db, judgeVersionId);
      if (version?.spec?.mode !== 'pairwise') {
        throw new GavelError('INVALID_INPUT', `Judge version ${judgeVersionId} is not a pairwise judge.`);
      }
      const itemIds = itemsGeneratedByBoth(db, runA, runB);
      if (itemIds.length === 0) {
        throw new GavelError('INVALID_INPUT', `Runs ${runA} and ${runB} have no generated answers for the same items.`);
      }
      const provider = version.spec.provider ? [deps.registry.get(version.spec.provider)] : [];
      const runId = await deps.writes.run(() =>
        createRun(deps.workspace.writer, {
          datasetId: a.datasetId,
          name: name || `${version.judge}: #${runA} (A) vs #${runB} (B)`,
          itemIds,
          settings: { judgeVersionIds: [judgeVersionId], providers: provider, pairwise: { runA, runB } },
          now: deps.now().toISOString(),
        }),
      );
      return deps.runner.launch(runId);
    },
    'runs.list': ({ datasetId }: ParsedInput<'runs.list'>) => listRuns(db, datasetId),
    'runs.get': ({ id }: ParsedInput<'runs.get'>): RunDetail => {
      return {
        ...summary(id),
        progress: null,
        aggregates: runAggregates(db, id),
        generation: generationSummary(db, id),
        pairwise: runSettings(db, id).pairwise ?? null,
      };
    },
    'runs.judgments': ({ id, status, offset, limit }: ParsedInput<'runs.judgments'>) => {
      summary(id);
      return runJudgments(db, id, status, offset, limit);
    },
    'runs.cancel': ({ id }: ParsedInput<'runs.cancel'>) => deps.runner.cancel(id),
    'runs.pause': ({ id }: ParsedInput<'runs.pause'>) => deps.runner.pause(id),
    'runs.resume': ({ id }: ParsedInput<'runs.resume'>) => deps.runner.launch(id),
    'runs.retryErrors': ({ id }: ParsedInput<'runs.retryErrors'>) => deps.runner.retryErrors(id),
  };
}
