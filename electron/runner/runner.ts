// Runs evaluations: start, cancel (aborting requests in flight), pause, resume and retry errors.
// Each judgment is committed as it completes, so a crash or kill loses nothing finished, and resuming
// calls only what is still pending. A run executes in one process at a time: the one holding its
// lease (see run-lease.ts), which it renews while it works and gives up when the run stops.
import { setMaxListeners } from 'node:events';
import type { ProviderConfig, RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { releaseLease, renewLease, type RunLease } from '../db/queries/run-lease';
import { describeError, redact } from '../providers/redact';
import { ProviderGate } from './provider-gate';
import type { ActiveRun, RunContext } from './run-execution';
import { requeueErrors, runSummary } from './run-store';
import { acquireLease, dropDeadLeases, HEARTBEAT_MS } from './run-lease';

export interface RunnerDeps extends RunContext {
  /** How long calls may wait on a rate limit with nothing getting through before the run pauses. */
  rateLimitGiveUpMs?: number;
}

export function createRunner(deps: RunnerDeps) {
  const { workspace, writes } = deps;
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
    // The execution code (prompts, scorers, provider calls) loads with the first run, not with the core.
    run.finished = import('./run-execution')
      .then(({ executeRun }) =>
        executeRun({ ...deps, gateFor, release, isCurrent: (id, current) => active.get(id) === current }, runId, run),
      )
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
    uncachedCaller: async (config: ProviderConfig) =>
      (await import('./gated-caller')).gatedCaller(deps, gateFor(config), config, 'bypass'),
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
