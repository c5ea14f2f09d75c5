// Files a browser uploads in browser mode, kept in a private temp folder until the server stops.
// The import channels then refer to them by id, never by a path the browser chose.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { GavelError } from '../../shared/result';

export interface Upload {
  path: string;
  fileName: string;
}

export interface UploadStore {
  save(fileName: string, body: Readable): Promise<string>;
  get(id: string): Upload;
  dispose(): void;
}

/** Each browser-mode server keeps its uploads in a temp folder named with this prefix. */
export const UPLOAD_DIR_PREFIX = 'gavel-uploads-';

export function createUploadStore(): UploadStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), UPLOAD_DIR_PREFIX));
  const uploads = new Map<string, Upload>();
  return {
    async save(fileName, body) {
      const id = randomUUID();
      const filePath = path.join(dir, id);
      await pipeline(body, fs.createWriteStream(filePath, { flags: 'wx', mode: 0o600 }));
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
