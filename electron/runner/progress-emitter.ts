// A run's progress events: at most one every 250 ms while judgments finish, and one a second while
// nothing completes because calls wait out a rate limit, so the wait still shows.
import type { RunStatus } from '../../shared/judging';
import type { EventHub } from '../core/event-hub';
import type { ProgressTracker } from './progress';
import type { ProviderGate } from './provider-gate';

const PROGRESS_INTERVAL_MS = 250;
const PROGRESS_TICK_MS = 1000;

export interface ProgressEmitterDeps {
  progress: ProgressTracker;
  events: EventHub;
  /** The gates of the run's providers: the longest rate-limit wait among them is shown. */
  gates: readonly ProviderGate[];
  stopMessage: () => string | null;
  /** Whether the run is still executing: the ticker stops itself once it is not. */
  active: () => boolean;
}

export function progressEmitter(deps: ProgressEmitterDeps) {
  const rateLimitWaitMs = () =>
    deps.gates.reduce<number | null>((longest, gate) => {
      const wait = gate.rateLimitWaitMs();
      return wait === null ? longest : Math.max(longest ?? 0, wait);
    }, null);
  let lastEmit = 0;
  const emit = (status: RunStatus, force = false) => {
    const now = Date.now();
    if (!force && now - lastEmit < PROGRESS_INTERVAL_MS) return;
    lastEmit = now;
    const waiting = status === 'running' ? rateLimitWaitMs() : null;
    deps.events.emit({ type: 'run.progress', progress: deps.progress.snapshot(status, waiting, deps.stopMessage()) });
  };
  const ticker = setInterval(() => (deps.active() ? emit('running') : clearInterval(ticker)), PROGRESS_TICK_MS).unref();
  return Object.assign(emit, { stop: () => clearInterval(ticker) });
}
