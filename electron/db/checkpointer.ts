// Copies the WAL back into the database file on a worker thread. SQLite's automatic checkpoint runs
// inside COMMIT on the committing connection, which for a large import froze the main thread for
// half a second; here it happens beside it, and the main thread only asks for it.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  /** Ask for a checkpoint soon; calls in quick succession coalesce into one. */
  request(): void;
  close(): Promise<void>;
}

// Plain CommonJS evaluated in the worker, so it needs no build step in any environment.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path, workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {});
db.pragma('busy_timeout = 2000');
parentPort.on('message', (message) => {
  if (message === 'checkpoint') {
    try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy: the next request retries */ }
  } else if (message === 'close') {
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
      workerData: { path: dbPath, nativeBinding, module: createRequire(import.meta.url).resolve('better-sqlite3') },
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
