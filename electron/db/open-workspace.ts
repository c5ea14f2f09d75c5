// Opens (or creates) a workspace file: one SQLite database per workspace.
// Two connections: every write goes through `writer` (one at a time, see core/write-queue), while
// `reader` serves the UI from the last committed state, so a long import never shows half its rows
// and reads never wait for it (WAL snapshot isolation).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GavelError } from '../../shared/result';
import { BUSY_TIMEOUT_MS } from './busy';
import { createCheckpointer } from './checkpointer';
import { assertNotNewer, migrate } from './migration';
import { MIGRATIONS } from './migrations';

export interface Workspace {
  path: string;
  writer: Database.Database;
  reader: Database.Database;
  /** True when this open created the file. */
  created: boolean;
  /** Call after a write transaction commits: the WAL is folded back off the main thread. */
  checkpointSoon(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Native binding path, for an Electron build of better-sqlite3 kept aside. */
  nativeBinding?: string;
}

const OPEN_BUSY_TIMEOUT_MS = 30_000;

export function openWorkspace(filePath: string, options: OpenOptions = {}): Workspace {
  const absolute = path.resolve(filePath);
  const exists = fs.existsSync(absolute);
  if (!exists && options.create === false) {
    throw new GavelError('WORKSPACE_ERROR', `No workspace at ${absolute}.`);
  }
  if (!exists) fs.mkdirSync(path.dirname(absolute), { recursive: true });

  const dbOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  // Opening (and migrating) runs before any write queue exists: it waits in SQLite for a lock another
  // process holds; afterwards writes wait in the write queue instead, which keeps the event loop free.
  const writer = new Database(absolute, { ...dbOptions, timeout: OPEN_BUSY_TIMEOUT_MS });
  try {
    // Checked before anything is written, so a file we refuse is left exactly as it was.
    checkIntegrity(writer);
    assertNotNewer(writer, MIGRATIONS);
    // Items keep their source row verbatim beside the parsed fields (~2 KB a row): 16 KiB pages hold
    // them without overflow chains, which doubles bulk-import speed. Only takes effect on a new file.
    if (!exists) writer.pragma('page_size = 16384');
    writer.pragma('journal_mode = WAL');
    writer.pragma('cache_size = -65536');
    // Checkpoints run on a worker (see checkpointer.ts), never inside a commit on this thread.
    writer.pragma('wal_autocheckpoint = 0');
    // FULL: a label is on disk before the UI says it is saved (nothing entered is lost).
    writer.pragma('synchronous = FULL');
    writer.pragma('foreign_keys = ON');
    migrate(writer, MIGRATIONS);
    writer.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  } catch (error) {
    writer.close();
    throw error;
  }

  const reader = new Database(absolute, { ...dbOptions, readonly: true, timeout: BUSY_TIMEOUT_MS });
  reader.pragma('foreign_keys = ON');
  const checkpointer = createCheckpointer(absolute, options.nativeBinding);
  return {
    path: absolute,
    writer,
    reader,
    created: !exists,
    checkpointSoon: checkpointer.request,
    async close() {
      await checkpointer.close();
      reader.close();
      // Closing the last connection checkpoints what is left and removes the WAL file.
      writer.close();
    },
  };
}

function checkIntegrity(db: Database.Database): void {
  let problems: string[];
  try {
    problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  } catch (error) {
    throw new GavelError('WORKSPACE_ERROR', `${db.name} is not a Gavel workspace: ${(error as Error).message}.`);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new GavelError(
      'WORKSPACE_ERROR',
      `${db.name} is damaged (SQLite integrity check: ${problems.slice(0, 3).join('; ')}). Restore it from a backup.`,
    );
  }
}
