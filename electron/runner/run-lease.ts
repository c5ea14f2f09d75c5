// Who may execute a run: the process holding its lease. A lease is alive while its holder renews
// the heartbeat and, on this machine, while its process exists; a dead holder's lease is taken over.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type Database from 'better-sqlite3';
import type { RunStatus } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { processExists } from '../core/process-alive';
import { dropLease, leasedRuns, readLease, takeLease, type LeaseHolder, type RunLease } from '../db/queries/run-lease';

/** How often the holder renews its lease. */
export const HEARTBEAT_MS = 5_000;
/** A lease not renewed for this long is dead, whichever machine holds it. */
export const STALE_AFTER_MS = 30_000;

export function isLeaseAlive(lease: LeaseHolder, nowMs: number): boolean {
  if (nowMs - lease.heartbeat > STALE_AFTER_MS) return false;
  return lease.host !== os.hostname() || processExists(lease.pid);
}

/** A run marked running whose holder is gone was interrupted (a crash, a kill): it can be resumed. */
export function shownStatus(status: RunStatus, lease: LeaseHolder | null, nowMs: number): RunStatus {
  return status === 'running' && !(lease && isLeaseAlive(lease, nowMs)) ? 'interrupted' : status;
}

export function describeHolder(holder: Pick<LeaseHolder, 'pid' | 'host' | 'since'>): string {
  return `process ${holder.pid} on ${holder.host} (since ${holder.since})`;
}

function refusal(runId: number, holder: LeaseHolder): GavelError {
  return new GavelError(
    'INVALID_INPUT',
    `Run ${runId} is being executed by ${describeHolder(holder)}; ` +
      'wait for it to finish, or pause it there, before resuming it here.',
  );
}

/**
 * Takes the run's lease for this process (marking the run running), taking over a dead holder's;
 * refuses, naming the holder, while a live one has it. Call inside a write: it reads then swaps.
 */
export function acquireLease(db: Database.Database, runId: number, now: Date): RunLease {
  const seen = readLease(db, runId);
  if (seen && isLeaseAlive(seen, now.getTime())) throw refusal(runId, seen);
  const lease: RunLease = {
    token: randomUUID(),
    pid: process.pid,
    host: os.hostname(),
    since: now.toISOString(),
    heartbeat: now.getTime(),
  };
  if (takeLease(db, runId, seen?.token ?? null, lease)) return lease;
  // Another process took it between our read and our swap.
  const winner = readLease(db, runId);
  throw winner ? refusal(runId, winner) : new GavelError('INVALID_INPUT', `Run ${runId} changed meanwhile; try again.`);
}

/** Drops the leases of holders that died (on open): their runs show as interrupted. Returns how many. */
export function dropDeadLeases(db: Database.Database, nowMs: number): number {
  let dropped = 0;
  for (const { runId, lease } of leasedRuns(db)) {
    if (!isLeaseAlive(lease, nowMs) && dropLease(db, runId, lease.token)) dropped++;
  }
  return dropped;
}
