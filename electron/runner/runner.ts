// Runs evaluations: start, cancel (aborting requests in flight), pause, resume and retry errors.
// Each judgment is committed as it completes, so a crash or kill loses nothing finished, and resuming
// calls only what is still pending. A run executes in one process at a time: the one holding its
// lease (see run-lease.ts), which it renews while it works and gives up when the run stops.
import { setMaxListeners } from 'node:events';
import { Semaphore } from 'async-mutex';
import type { ModelPrice, ProviderConfig, RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import type { EventHub } from '../core/event-hub';
import type { WriteQueue } from '../core/write-queue';
import { judgeVersion } from '../db/queries/judges';
import { releaseLease, renewLease, type RunLease } from '../db/queries/run-lease';
import type { Workspace } from '../db/open-workspace';
import type { JudgeSpec } from '../../shared/judging';
import { describeError, redact } from '../providers/redact';
import type { Provider, ProviderError } from '../providers/types';
import { HopelessStreak, hopelessKind, hopelessMessage } from './hopeless-failure';
import { RateLimitStall, rateLimitStallMessage } from './rate-limit-stall';
import { errorVerdict } from '../judging/verdict';
import { evaluate } from './evaluate-judgment';
import { createJudgmentWriter } from './judgment-writer';
import { priceFor } from './prices';
import { ProgressTracker } from './progress';
import { progressEmitter } from './progress-emitter';
import { createCaller, paidTotals, type Caller, type CallerDeps, type CallLog } from './provider-call';
import { ProviderGate } from './provider-gate';
import { cachedResponse } from './response-cache';
import { createInputSource } from './judge-inputs';
import {
  pendingJudgments,
  saveGeneration,
  requeueErrors,
  runSettings,
  runSummary,
  setRunTotals,
  type FinishedJudgment,
} from './run-store';
import { runAggregates } from './aggregate';
import { acquireLease, dropDeadLeases, HEARTBEAT_MS } from './run-lease';

export interface RunnerDeps {
  workspace: Workspace;
  writes: WriteQueue;
  events: EventHub;
  providerFor: (config: ProviderConfig) => Promise<Provider>;
  prices: () => ModelPrice[];
  now: () => Date;
  /** How long calls may wait on a rate limit with nothing getting through before the run pauses. */
  rateLimitGiveUpMs?: number;
}

interface ActiveRun {
  controller: AbortController;
  pausing: boolean;
  cancelled: boolean;
  /** Why the runner itself paused the run (hopeless failures, a rate limit that never lifts). */
  stopMessage: string | null;
  finished: Promise<void>;
  lease: RunLease;
}

export function createRunner(deps: RunnerDeps) {
  const { workspace, writes, events } = deps;
  const db = workspace.reader;
  const active = new Map<number, ActiveRun>();
  // One gate per provider, shared by every run: limits hold across concurrent runs.
  const gates = new Map<string, ProviderGate>();
  const gateFor = (config: ProviderConfig) => {
    const key = `${config.id}\u0000${JSON.stringify(config.limits)}`;
    let gate = gates.get(key);
    if (!gate) gates.set(key, (gate = new ProviderGate(config.limits, undefined, deps.rateLimitGiveUpMs)));
    return gate;
  };
  const nowIso = () => deps.now().toISOString();
  const acquire = (runId: number) => writes.run(() => acquireLease(workspace.writer, runId, deps.now()));
  /** Sets the run's final status and gives up its lease (nothing, if the lease was taken over). */
  const release = (runId: number, lease: RunLease, status: RunStatus, message: string | null = null) =>
    writes.run(() => releaseLease(workspace.writer, runId, lease.token, status, nowIso(), message));

  /** A caller through the provider's shared gate (its limits hold across runs and audits), priced now. */
  async function gatedCaller(config: ProviderConfig, lookupCache: CallerDeps['lookupCache']) {
    const table = deps.prices();
    const gate = gateFor(config);
    gate.markProgress();
    const caller = createCaller({
      provider: await deps.providerFor(config),
      config,
      gate,
      lookupCache,
      price: (model) => priceFor(model, table),
    });
    return { caller, gate };
  }

  /** Pauses a run from inside: calls in flight are abandoned and their judgments stay pending. */
  function stopRun(run: ActiveRun, message: string) {
    if (run.stopMessage !== null || run.controller.signal.aborted) return;
    run.stopMessage = message;
    run.pausing = true;
    run.controller.abort();
  }

  async function execute(runId: number, run: ActiveRun): Promise<void> {
    const settings = runSettings(db, runId);
    const specs = new Map<number, JudgeSpec | null>(
      settings.judgeVersionIds.map((id) => [id, judgeVersion(db, id)?.spec ?? null]),
    );
    const callers = new Map<string, Caller>();
    const runGates = new Map<string, ProviderGate>();
    for (const config of settings.providers) {
      if (config.kind === 'heuristic') continue;
      const { caller, gate } = await gatedCaller(config, (key) => cachedResponse(db, key));
      runGates.set(config.id, gate);
      callers.set(config.id, caller);
    }

    const before = runSummary(db, runId)!;
    const progress = new ProgressTracker(runId, before.total, before);
    const emit = progressEmitter({
      progress,
      events,
      gates: [...runGates.values()],
      stopMessage: () => run.stopMessage,
      active: () => active.get(runId) === run,
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
    const streak = new HopelessStreak<FinishedJudgment>();
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
          writeFailures(streak.succeeded());
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
          const streaked = streak.failed(hopeless, { id: pending.id, result: failure(error), log });
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
    if (run.stopMessage === null) writeFailures(streak.succeeded());
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

  function start(runId: number, lease: RunLease): ActiveRun {
    const run: ActiveRun = {
      controller: new AbortController(),
      pausing: false,
      cancelled: false,
      stopMessage: null,
      finished: Promise.resolve(),
      lease,
    };
    // Every call in flight listens for the cancel; that is expected, not a leak.
    setMaxListeners(0, run.controller.signal);
    const heartbeat = setInterval(() => {
      writes
        .run(() => renewLease(workspace.writer, runId, lease.token, deps.now().getTime()))
        .then((held) => {
          // Taken over (this process was presumed dead): stop at once, the new holder carries on.
          if (!held) run.controller.abort();
        })
        .catch((error: unknown) => console.error(`[gavel] run ${runId}: heartbeat not saved:`, error));
    }, HEARTBEAT_MS);
    heartbeat.unref();
    run.finished = execute(runId, run)
      .catch(async (error: unknown) => {
        console.error(`[gavel] run ${runId} failed:`, redact(describeError(error)));
        // Judgments it could not save stay pending: paused, to resume. If even this cannot be saved,
        // the lease goes stale and the run shows as interrupted.
        await release(runId, lease, run.pausing ? 'paused' : 'failed').catch(() => undefined);
      })
      .finally(() => {
        clearInterval(heartbeat);
        active.delete(runId);
      });
    active.set(runId, run);
    return run;
  }

  // A launch waiting for its lease: a second resume meanwhile joins it instead of racing for the lease.
  const launching = new Map<number, Promise<ActiveRun>>();
  async function launch(runId: number): Promise<ActiveRun> {
    const running = active.get(runId) ?? launching.get(runId);
    if (running) return running;
    const started = acquire(runId).then((lease) => start(runId, lease));
    launching.set(runId, started);
    try {
      return await started;
    } finally {
      launching.delete(runId);
    }
  }

  const summary = (runId: number) => {
    const found = runSummary(db, runId);
    if (!found) throw new GavelError('NOT_FOUND', `No run with id ${runId}.`);
    return found;
  };

  return {
    /** Starts (or resumes) a run in the background; refuses while another process executes it. */
    async launch(runId: number) {
      const found = summary(runId);
      if (found.kind === 'imported') throw new GavelError('INVALID_INPUT', 'Imported runs have nothing to execute.');
      await launch(runId);
      return summary(runId);
    },
    /** Drops the leases of processes that died while executing a run: those runs show as interrupted. */
    takeOverDeadLeases: () => writes.run(() => dropDeadLeases(workspace.writer, deps.now().getTime())),
    /** Resolves when the run stops (done, paused, cancelled or failed). */
    async wait(runId: number) {
      await active.get(runId)?.finished;
      return summary(runId);
    },
    isActive: (runId: number) => active.has(runId),
    /**
     * A caller that asks the provider every time, never the cache, with the same gate, retries and
     * pricing as runs: for a judge audit, whose point is to repeat identical requests.
     */
    uncachedCaller: async (config: ProviderConfig) => (await gatedCaller(config, 'bypass')).caller,
    async cancel(runId: number) {
      const run = active.get(runId);
      if (run) {
        run.cancelled = true;
        run.controller.abort();
        await run.finished;
      } else if (summary(runId).status !== 'done') {
        await release(runId, await acquire(runId), 'cancelled');
      }
      return summary(runId);
    },
    async pause(runId: number) {
      const run = active.get(runId);
      if (!run) throw new GavelError('INVALID_INPUT', `Run ${runId} is not running.`);
      run.pausing = true;
      await run.finished;
      return summary(runId);
    },
    async retryErrors(runId: number) {
      if (active.has(runId)) throw new GavelError('INVALID_INPUT', `Run ${runId} is still running.`);
      if (summary(runId).errors === 0) throw new GavelError('INVALID_INPUT', `Run ${runId} has no failed judgments.`);
      const previous = summary(runId).status;
      const lease = await acquire(runId);
      try {
        await writes.run(() => requeueErrors(workspace.writer, runId, nowIso()));
      } catch (error) {
        // Nothing was requeued: give the lease back rather than leave the run looking held.
        await release(runId, lease, previous).catch(() => undefined);
        throw error;
      }
      start(runId, lease);
      return summary(runId);
    },
    /** Pauses every active run (on shutdown): their pending judgments wait for a resume. */
    async stopAll() {
      await Promise.all(
        [...active.values()].map((run) => {
          run.pausing = true;
          return run.finished;
        }),
      );
    },
  };
}

export type Runner = ReturnType<typeof createRunner>;

/** A run whose every judgment failed did not do its work: it is 'failed', not 'done'. */
function finalStatus(run: ActiveRun, counts: { done: number; errors: number }): RunStatus {
  if (run.cancelled) return 'cancelled';
  if (run.pausing) return 'paused';
  return counts.done === 0 && counts.errors > 0 ? 'failed' : 'done';
}

/** A judgment that failed before or outside its judge: an error verdict carrying the message. */
const failure = (error: unknown) => errorVerdict(error instanceof Error ? error.message : String(error), null);
