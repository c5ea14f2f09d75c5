// Runs evaluations: start, cancel (aborting requests in flight), pause, resume and retry errors.
// Each judgment is committed as it completes, so a crash or kill loses nothing finished, and resuming
// calls only what is still pending.
import { setMaxListeners } from 'node:events';
import { Semaphore } from 'async-mutex';
import type { ModelPrice, ProviderConfig, RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import type { EventHub } from '../core/event-hub';
import type { WriteQueue } from '../core/write-queue';
import { judgeVersion } from '../db/queries/judges';
import type { Workspace } from '../db/open-workspace';
import type { JudgeSpec } from '../../shared/judging';
import type { Provider, ProviderError } from '../providers/types';
import { HopelessStreak, hopelessKind, hopelessMessage } from './hopeless-failure';
import { RateLimitStall, rateLimitStallMessage } from './rate-limit-stall';
import { evaluate } from './evaluate-judgment';
import { createJudgmentWriter } from './judgment-writer';
import { priceFor } from './prices';
import { ProgressTracker } from './progress';
import { createCaller, paidTotals, type Caller, type CallLog } from './provider-call';
import { ProviderGate } from './provider-gate';
import { cachedResponse } from './response-cache';
import { createInputSource } from './judge-inputs';
import {
  pendingJudgments,
  saveGeneration,
  requeueErrors,
  runSettings,
  runSummary,
  type FinishedJudgment,
  setRunStatus,
  setRunTotals,
} from './run-store';
import { runAggregates } from './aggregate';

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
}

const PROGRESS_TICK_MS = 1000;

const PROGRESS_INTERVAL_MS = 250;

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
  const setStatus = (runId: number, status: RunStatus, message: string | null = null) =>
    writes.run(() => setRunStatus(workspace.writer, runId, status, nowIso(), message));

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
      const table = deps.prices();
      const gate = gateFor(config);
      gate.markProgress();
      runGates.set(config.id, gate);
      callers.set(
        config.id,
        createCaller({
          provider: await deps.providerFor(config),
          config,
          gate,
          lookupCache: (key) => cachedResponse(db, key),
          price: (model) => priceFor(model, table),
        }),
      );
    }

    const before = runSummary(db, runId)!;
    const progress = new ProgressTracker(runId, before.total, before);
    let lastEmit = 0;
    const rateLimitWaitMs = () =>
      [...runGates.values()].reduce<number | null>((longest, gate) => {
        const wait = gate.rateLimitWaitMs();
        return wait === null ? longest : Math.max(longest ?? 0, wait);
      }, null);
    const emit = (status: RunStatus, force = false) => {
      const now = Date.now();
      if (!force && now - lastEmit < PROGRESS_INTERVAL_MS) return;
      lastEmit = now;
      const waiting = status === 'running' ? rateLimitWaitMs() : null;
      events.emit({ type: 'run.progress', progress: progress.snapshot(status, waiting, run.stopMessage) });
    };
    // While calls wait out a rate limit nothing completes: progress still shows the wait. The
    // ticker also stops itself once the run is no longer active (should execute throw).
    const ticker = setInterval(
      () => (active.get(runId) === run ? emit('running') : clearInterval(ticker)),
      PROGRESS_TICK_MS,
    ).unref();

    await setStatus(runId, 'running');
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
    const writer = createJudgmentWriter(workspace.writer, writes, deps.now);
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
          writeFailures(streak.succeeded());
          writer.add({ id: pending.id, result, log });
          record(result.status === 'error', log);
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
    clearInterval(ticker);
    // Hopeless failures that never made a streak were the items' own: they are errors.
    if (run.stopMessage === null) writeFailures(streak.succeeded());
    await writer.flush();
    const status: RunStatus = run.cancelled ? 'cancelled' : run.pausing ? 'paused' : 'done';
    if (status === 'done') {
      const aggregates = runAggregates(db, runId);
      await writes.run(() => setRunTotals(workspace.writer, runId, aggregates));
    }
    await setStatus(runId, status, run.stopMessage);
    emit(status, true);
    events.emit({ type: 'workspace.changed' });
  }

  function launch(runId: number): ActiveRun {
    const existing = active.get(runId);
    if (existing) return existing;
    const run: ActiveRun = {
      controller: new AbortController(),
      pausing: false,
      cancelled: false,
      stopMessage: null,
      finished: Promise.resolve(),
    };
    // Every call in flight listens for the cancel; that is expected, not a leak.
    setMaxListeners(0, run.controller.signal);
    run.finished = execute(runId, run)
      .catch(async (error: unknown) => {
        console.error(`[gavel] run ${runId} failed:`, error);
        await setStatus(runId, 'failed');
      })
      .finally(() => active.delete(runId));
    active.set(runId, run);
    return run;
  }

  const summary = (runId: number) => {
    const found = runSummary(db, runId);
    if (!found) throw new GavelError('NOT_FOUND', `No run with id ${runId}.`);
    return found;
  };

  return {
    /** Starts (or resumes) a run in the background. */
    launch(runId: number) {
      const found = summary(runId);
      if (found.kind === 'imported') throw new GavelError('INVALID_INPUT', 'Imported runs have nothing to execute.');
      launch(runId);
      return summary(runId);
    },
    /** Resolves when the run stops (done, paused, cancelled or failed). */
    async wait(runId: number) {
      await active.get(runId)?.finished;
      return summary(runId);
    },
    isActive: (runId: number) => active.has(runId),
    async cancel(runId: number) {
      const run = active.get(runId);
      if (run) {
        run.cancelled = true;
        run.controller.abort();
        await run.finished;
      } else if (summary(runId).status !== 'done') {
        await setStatus(runId, 'cancelled');
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
      const requeued = await writes.run(() => requeueErrors(workspace.writer, runId, nowIso()));
      if (requeued === 0) throw new GavelError('INVALID_INPUT', `Run ${runId} has no failed judgments.`);
      launch(runId);
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

function failure(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'error' as const,
    score: null,
    label: null,
    pass: null,
    justification: null,
    error: message,
    raw: null,
    chunks: null,
    distribution: null,
  };
}
