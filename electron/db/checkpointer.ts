// Copies the WAL back into the database file on a worker thread. SQLite's automatic checkpoint runs
// inside COMMIT on the committing connection, which for a large import froze the main thread for
// half a second; here it happens beside it, and the main thread only asks for it.
//
// A passive checkpoint copies the pages but leaves the WAL file at its largest size (107 MB after a
// 100k-row import, for as long as the workspace stays open). So once the WAL has grown past a few
// megabytes (a big write), and when the workspace closes, the worker also truncates it.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  /** Ask for a checkpoint soon; calls in quick succession coalesce into one. */
  request(): void;
  /** Checkpoints and truncates the WAL, then stops the worker. */
  close(): Promise<void>;
}

/** WAL size past which a checkpoint also truncates the file. */
export const TRUNCATE_ABOVE_BYTES = 4 * 1024 * 1024;

// Plain CommonJS evaluated in the worker, so it needs no build step in any environment.
// TRUNCATE blocks new writers while it waits for readers of older snapshots: the short busy
// timeout bounds that wait, and a busy truncate is simply retried by the next request.
const WORKER_SOURCE = `
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
const walSize = () => { try { return fs.statSync(workerData.path + '-wal').size; } catch { return 0; } };
const checkpoint = (mode, busyMs) => {
  db.pragma('busy_timeout = ' + busyMs);
  try { db.pragma('wal_checkpoint(' + mode + ')'); } catch { /* busy: the next request retries */ }
};
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    checkpoint('PASSIVE', 2000);
    if (walSize() > workerData.truncateAbove) checkpoint('TRUNCATE', 200);
  } else if (message === 'close') {
    checkpoint('TRUNCATE', 2000);
    db.close();
    parentPort.close();
  }
});
`;

export function createCheckpointer(dbPath: string, nativeBinding?: string): Checkpointer {
  let worker: Worker | null = null;
  let pending: NodeJS.Timeout | null = null;
  const start = () => {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path: dbPath,
        nativeBinding,
        module: createRequire(import.meta.url).resolve('better-sqlite3'),
        truncateAbove: TRUNCATE_ABOVE_BYTES,
      },
    });
    worker.unref();
    return worker;
  };
  return {
    request() {
      if (pending) return;
      pending = setTimeout(() => {
        pending = null;
        (worker ?? start()).postMessage('checkpoint');
      }, 50);
      pending.unref();
    },
    async close() {
      if (pending) clearTimeout(pending);
      pending = null;
      if (!worker) return;
      const exited = new Promise((resolve) => worker!.once('exit', resolve));
      // Unreferenced while idle so it never keeps the process alive; referenced while we wait on it.
      worker.ref();
      worker.postMessage('close');
      await exited;
      worker = null;
    },
  };
}
