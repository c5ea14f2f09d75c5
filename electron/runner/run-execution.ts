// Executing one run: its pending judgments through the providers' gates, each committed as it
// completes, then the run's totals and final status. The runner (runner.ts) decides when a run
// executes and holds its lease; this module is loaded only once a run starts.
import { Semaphore } from 'async-mutex';
import type { JudgeSpec, ModelPrice, ProviderConfig, RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import type { EventHub } from '../core/event-hub';
import type { WriteQueue } from '../core/write-queue';
import { judgeVersion } from '../db/queries/judges';
import type { RunLease } from '../db/queries/run-lease';
import type { Workspace } from '../db/open-workspace';
import type { Provider, ProviderError } from '../providers/types';
import { errorVerdict } from '../judging/verdict';
import { evaluate } from './evaluate-judgment';
import { HopelessStreak, hopelessKind, hopelessMessage } from './hopeless-failure';
import { createInputSource } from './judge-inputs';
import { createJudgmentWriter } from './judgment-writer';
import { ProgressTracker } from './progress';
import { progressEmitter } from './progress-emitter';
import { gatedCaller } from './gated-caller';
import { paidTotals, type Caller, type CallLog } from './provider-call';
import type { ProviderGate } from './provider-gate';
import { RateLimitStall, rateLimitStallMessage } from './rate-limit-stall';
import { cachedResponse } from './response-cache';
import { runAggregates } from './aggregate';
import {
  pendingJudgments,
  saveGeneration,
  runSettings,
  runSummary,
  setRunTotals,
  type FinishedJudgment,
} from './run-store';

/** A run executing in this process. */
export interface ActiveRun {
  controller: AbortController;
  pausing: boolean;
  cancelled: boolean;
  /** Why the runner itself paused the run (hopeless failures, a rate limit that never lifts). */
  stopMessage: string | null;
  finished: Promise<void>;
  lease: RunLease;
}

/** What running judgments needs from the core, given to the runner and passed on to each execution. */
export interface RunContext {
  workspace: Workspace;
  writes: WriteQueue;
  events: EventHub;
  providerFor: (config: ProviderConfig) => Promise<Provider>;
  prices: () => ModelPrice[];
  now: () => Date;
}

export interface ExecutionDeps extends RunContext {
  /** The provider's gate, shared by every run of this runner. */
  gateFor: (config: ProviderConfig) => ProviderGate;
  /** Whether `run` is still the one the runner tracks for `runId` (it stops emitting progress when not). */
  isCurrent: (runId: number, run: ActiveRun) => boolean;
  /** Sets the run's final status and gives up its lease. */
  release: (runId: number, lease: RunLease, status: RunStatus, message?: string | null) => Promise<unknown>;
}

/** Pauses a run from inside: calls in flight are abandoned and their judgments stay pending. */
function stopRun(run: ActiveRun, message: string) {
  if (run.stopMessage !== null || run.controller.signal.aborted) return;
  run.stopMessage = message;
  run.pausing = true;
  run.controller.abort();
}

export async function executeRun(deps: ExecutionDeps, runId: number, run: ActiveRun): Promise<void> {
  const { workspace, writes, events, release } = deps;
  const db = workspace.reader;
  const nowIso = () => deps.now().toISOString();
  const settings = runSettings(db, runId);
  const specs = new Map<number, JudgeSpec | null>(
    settings.judgeVersionIds.map((id) => [id, judgeVersion(db, id)?.spec ?? null]),
  );
  const callers = new Map<string, Caller>();
  const runGates = new Map<string, ProviderGate>();
  for (const config of settings.providers) {
    if (config.kind === 'heuristic') continue;
    const gate = deps.gateFor(config);
    runGates.set(config.id, gate);
    callers.set(config.id, await gatedCaller(deps, gate, config, (key) => cachedResponse(db, key)));
  }

  const before = runSummary(db, runId)!;
  const progress = new ProgressTracker(runId, before.total, before);
  const emit = progressEmitter({
    progress,
    events,
    gates: [...runGates.values()],
    stopMessage: () => run.stopMessage,
    active: () => deps.isCurrent(runId, run),
  });
  emit('running', true);
  const signal = run.controller.signal;
  const inputs = createInputSource({
    db,
    runId,
    settings,
    signal,
    callers,
    save: (itemId, outcome) => writes.run(() => saveGeneration(workspace.writer, runId, itemId, outcome, nowIso())),
    spend: (log) => progress.spend(paidTotals(log)),
  });
  const writer = createJudgmentWriter({
    db: workspace.writer,
    writes,
    now: deps.now,
    leaseToken: run.lease.token,
    // Judgments this process cannot save must not be paid for: stop asking, keep what is pending.
    onFailure: () => (run.pausing = true),
  });
  // One streak per provider and model: another judge's successes elsewhere say nothing about a
  // refused key or an unknown model here.
  const streaks = new Map<string, HopelessStreak<FinishedJudgment>>();
  const streakOf = (spec: JudgeSpec | null | undefined) => {
    const where = `${spec?.provider ?? ''}\u0000${spec?.model ?? ''}`;
    let streak = streaks.get(where);
    if (!streak) streaks.set(where, (streak = new HopelessStreak<FinishedJudgment>()));
    return streak;
  };
  const writeFailures = (failures: FinishedJudgment[]) => {
    for (const failed of failures) {
      writer.add(failed);
      record(true, failed.log);
    }
  };
  const inFlight = new Semaphore(
    Math.max(4, settings.providers.reduce((sum, config) => sum + config.limits.concurrency, 0) * 2),
  );
  const tasks: Promise<void>[] = [];

  for (const pending of pendingJudgments(db, runId)) {
    const [, release] = await inFlight.acquire();
    if (signal.aborted || run.pausing) {
      release();
      break;
    }
    const spec = specs.get(pending.judgeVersionId);
    const task = (async () => {
      const log: CallLog = { records: [], cacheEntries: [] };
      try {
        if (!spec) throw new GavelError('NOT_FOUND', 'This judge version has no definition to run (imported).');
        const caller = spec.provider ? callers.get(spec.provider) : undefined;
        const result = await evaluate(spec, await inputs.inputFor(pending.itemId), caller, signal, log);
        writer.add({ id: pending.id, result, log });
        record(result.status === 'error', log);
        writeFailures(streakOf(spec).succeeded());
      } catch (error) {
        // A cancelled or paused judgment stays pending: resuming runs it again.
        if (signal.aborted) return;
        const provider = spec?.provider ?? '';
        if (error instanceof RateLimitStall) return stopRun(run, rateLimitStallMessage(error, provider));
        const hopeless = hopelessKind(error);
        if (hopeless === null) {
          writer.add({ id: pending.id, result: failure(error), log });
          record(true, log);
          return;
        }
        runGates.get(provider)?.probeOneAtATime();
        const streaked = streakOf(spec).failed(hopeless, { id: pending.id, result: failure(error), log });
        writeFailures(streaked.release);
        if (streaked.stop) {
          stopRun(run, hopelessMessage(hopeless, error as ProviderError, { provider, model: spec?.model ?? null }));
        }
      } finally {
        release();
      }
    })();
    tasks.push(task);
  }

  function record(error: boolean, log: CallLog) {
    progress.record({ error, ...paidTotals(log) });
    emit('running');
  }

  await Promise.all(tasks);
  emit.stop();
  // Hopeless failures that never made a streak were the items' own: they are errors.
  if (run.stopMessage === null) for (const streak of streaks.values()) writeFailures(streak.succeeded());
  await writer.flush();
  const status = finalStatus(run, runSummary(db, runId)!);
  if (status === 'done' || status === 'failed') {
    const aggregates = runAggregates(db, runId);
    await writes.run(() => setRunTotals(workspace.writer, runId, aggregates));
  }
  await release(runId, run.lease, status, run.stopMessage);
  emit(status, true);
  events.emit({ type: 'workspace.changed' });
}

/** A run whose every judgment failed did not do its work: it is 'failed', not 'done'. */
function finalStatus(run: ActiveRun, counts: { done: number; errors: number }): RunStatus {
  if (run.cancelled) return 'cancelled';
  if (run.pausing) return 'paused';
  return counts.done === 0 && counts.errors > 0 ? 'failed' : 'done';
}

/** A judgment that failed before or outside its judge: an error verdict carrying the message. */
const failure = (error: unknown) => errorVerdict(error instanceof Error ? error.message : String(error), null);
