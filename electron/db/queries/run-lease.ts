// The lease a process holds on the run it executes (see migration 0010). Taking, renewing and
// releasing are each one UPDATE conditioned on the lease the caller saw or holds, so two processes
// racing for one run cannot both win.
import type Database from 'better-sqlite3';
import type { RunStatus } from '../../../shared/judging';
import { sql } from '../statement-cache';

export interface LeaseHolder {
  pid: number;
  host: string;
  /** When the holder took the lease (ISO time). */
  since: string;
  /** Its last heartbeat, in milliseconds since the epoch. */
  heartbeat: number;
}

export interface RunLease extends LeaseHolder {
  token: string;
}

interface LeaseRow {
  lease_token: string | null;
  lease_pid: number | null;
  lease_host: string | null;
  lease_since: string | null;
  lease_heartbeat: number | null;
}

/** The lease columns, for a query that already selects from `run r`. */
export const LEASE_COLUMNS = 'r.lease_token, r.lease_pid, r.lease_host, r.lease_since, r.lease_heartbeat';

export function leaseOf(row: LeaseRow): RunLease | null {
  if (row.lease_token === null) return null;
  return {
    token: row.lease_token,
    pid: row.lease_pid ?? 0,
    host: row.lease_host ?? '',
    since: row.lease_since ?? '',
    heartbeat: row.lease_heartbeat ?? 0,
  };
}

export function readLease(db: Database.Database, runId: number): RunLease | null {
  const row = sql(db, `SELECT ${LEASE_COLUMNS} FROM run r WHERE r.id = ?`).get(runId) as LeaseRow | undefined;
  return row ? leaseOf(row) : null;
}

/**
 * Takes the run's lease and marks it running, provided the lease is still the one the caller saw
 * (`seenToken`, null for none): true when this caller won it.
 */
export function takeLease(db: Database.Database, runId: number, seenToken: string | null, lease: RunLease): boolean {
  return (
    sql(
      db,
      `UPDATE run SET status = 'running', status_message = NULL, started_at = coalesce(started_at, @since),
              finished_at = NULL, lease_token = @token, lease_pid = @pid, lease_host = @host, lease_since = @since,
              lease_heartbeat = @heartbeat
        WHERE id = @runId AND lease_token IS @seenToken`,
    ).run({ ...lease, runId, seenToken }).changes === 1
  );
}

/** Renews the heartbeat; false when the lease is no longer this holder's (it was taken over). */
export function renewLease(db: Database.Database, runId: number, token: string, heartbeat: number): boolean {
  return (
    sql(db, 'UPDATE run SET lease_heartbeat = ? WHERE id = ? AND lease_token = ?').run(heartbeat, runId, token)
      .changes === 1
  );
}

/**
 * Sets the run's final status, with `message` saying why it stopped when it did not finish by itself
 * (null otherwise), and gives the lease up, if this holder still has it.
 */
export function releaseLease(
  db: Database.Database,
  runId: number,
  token: string,
  status: RunStatus,
  now: string,
  message: string | null = null,
): boolean {
  const finished = status === 'done' || status === 'failed' || status === 'cancelled' ? '@now' : 'NULL';
  return (
    sql(
      db,
      `UPDATE run SET status = @status, status_message = @message, finished_at = ${finished}, lease_token = NULL,
              lease_pid = NULL, lease_host = NULL, lease_since = NULL, lease_heartbeat = NULL
        WHERE id = @runId AND lease_token = @token`,
    ).run({ status, message, now, runId, token }).changes === 1
  );
}

/** Drops a dead holder's lease (the run stays 'running' without a holder: shown as interrupted). */
export function dropLease(db: Database.Database, runId: number, seenToken: string): boolean {
  return (
    sql(
      db,
      `UPDATE run SET lease_token = NULL, lease_pid = NULL, lease_host = NULL, lease_since = NULL,
              lease_heartbeat = NULL
        WHERE id = ? AND lease_token = ?`,
    ).run(runId, seenToken).changes === 1
  );
}

/** Runs marked running that hold a lease: the ones whose holder may have died. */
export function leasedRuns(db: Database.Database): { runId: number; lease: RunLease }[] {
  const rows = sql(
    db,
    `SELECT r.id, ${LEASE_COLUMNS} FROM run r WHERE r.status = 'running' AND r.lease_token IS NOT NULL`,
  ).all() as (LeaseRow & { id: number })[];
  return rows.map((row) => ({ runId: row.id, lease: leaseOf(row)! }));
}
