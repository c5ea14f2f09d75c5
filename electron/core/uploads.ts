// Files a browser uploads in browser mode. The import channels then refer to them by id, never by a
// path the browser chose. Each process keeps its uploads in its own folder (named after its pid)
// under one root, so a later process can tell which folders were left behind by a process that died.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { processExists } from './process-alive';
import { GavelError } from '../../shared/result';

export interface Upload {
  path: string;
  fileName: string;
}

export interface UploadStore {
  /** The largest upload accepted, in bytes. */
  readonly maxBytes: number;
  /** Streams the body to disk; a body past `maxBytes` or cut off midway leaves no file behind. */
  save(fileName: string, body: Readable): Promise<string>;
  get(id: string): Upload;
  dispose(): void;
}

export interface UploadStoreOptions {
  root?: string;
  maxBytes?: number;
}

/**
 * One root per OS user: the temporary folder is shared by every user of the machine, and one user's
 * server must neither read another's uploads nor be refused by a folder another user created.
 */
export const DEFAULT_UPLOAD_ROOT = path.join(os.tmpdir(), `gavel-uploads-${os.userInfo().username}`);
export const DEFAULT_MAX_UPLOAD_BYTES = 1024 * 1024 * 1024;
/** Uploads older than this are abandoned: an import reads its file within minutes of the upload. */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(
      `The file is larger than this server accepts (${Math.round(maxBytes / 1024 / 1024)} MB; gavel serve --max-upload-mb raises it).`,
    );
  }
}

export class UploadAbortedError extends Error {
  constructor() {
    super('The upload was cut off before the whole file arrived.');
  }
}

/** A root someone else made (say, planted in the shared temporary folder) could be read by them. */
function requireOwnRoot(root: string): void {
  const owner = fs.statSync(root).uid;
  const me = process.getuid?.();
  if (me !== undefined && owner !== me) {
    throw new GavelError(
      'INVALID_INPUT',
      `The upload folder ${root} belongs to another user (uid ${owner}); remove it or start the server as its owner.`,
    );
  }
}

/** The process an upload folder (`<pid>-<random>`) belongs to. */
export const uploadFolderPid = (name: string) => Number(name.split('-')[0]);

export function createUploadStore(options: UploadStoreOptions = {}): UploadStore {
  const root = options.root ?? DEFAULT_UPLOAD_ROOT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  requireOwnRoot(root);
  const dir = fs.mkdtempSync(path.join(root, `${process.pid}-`));
  const uploads = new Map<string, Upload>();
  return {
    maxBytes,
    async save(fileName, body) {
      const id = randomUUID();
      const filePath = path.join(dir, id);
      await writeWithin(body, filePath, maxBytes);
      uploads.set(id, { path: filePath, fileName: path.basename(fileName) || 'upload' });
      return id;
    },
    get(id) {
      const upload = uploads.get(id);
      if (!upload)
        throw new GavelError('NOT_FOUND', `No uploaded file with id ${id} (uploads last until the server stops).`);
      return upload;
    },
    dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
      uploads.clear();
    },
  };
}

/**
 * Copies the body to the file until it ends, and removes the file when the body is too large or
 * stops short. The body is only paused, never destroyed, so the server can still answer (413).
 */
function writeWithin(body: Readable, filePath: string, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.createWriteStream(filePath, { flags: 'wx', mode: 0o600 });
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      body.off('data', onData);
      body.pause();
      // The file is removed once closed: a stream destroyed before it opened would create it later.
      const remove = () => {
        fs.rmSync(filePath, { force: true });
        reject(error);
      };
      if (out.closed) remove();
      else {
        out.once('close', remove);
        out.destroy();
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return fail(new UploadTooLargeError(maxBytes));
      if (!out.write(chunk)) {
        body.pause();
        out.once('drain', () => body.resume());
      }
    };
    body.on('data', onData);
    body.once('end', () => out.end());
    body.once('close', () => {
      if (!body.readableEnded) fail(new UploadAbortedError());
    });
    body.once('error', () => fail(new UploadAbortedError()));
    out.once('error', fail);
    out.once('finish', () => {
      if (!failed) resolve();
    });
  });
}

/**
 * Removes what earlier processes left: the folders of processes no longer running, and any upload
 * older than a day. Returns how many files went.
 */
export function removeStaleUploads(root: string = DEFAULT_UPLOAD_ROOT, now: number = Date.now()): number {
  if (!fs.existsSync(root)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) removed += removeStaleIn(path.join(root, entry.name), now);
  }
  return removed;
}

/**
 * One folder's share of the clean-up. Another server may remove its folder or files while we look,
 * and a folder we may not touch is left alone: cleaning up never stops a server from starting.
 */
function removeStaleIn(folder: string, now: number): number {
  try {
    const files = fs.readdirSync(folder);
    if (!processExists(uploadFolderPid(path.basename(folder)))) {
      fs.rmSync(folder, { recursive: true, force: true });
      return files.length;
    }
    let removed = 0;
    for (const file of files) {
      const filePath = path.join(folder, file);
      const modified = fs.statSync(filePath, { throwIfNoEntry: false })?.mtimeMs;
      if (modified !== undefined && now - modified > STALE_UPLOAD_MS) {
        fs.rmSync(filePath, { force: true });
        removed += 1;
      }
    }
    return removed;
  } catch {
    return 0;
  }
}
