// Upload folders browser mode left in the temp folder: a server that stops cleanly removes its own,
// so any found are from a server still running or one that was killed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UPLOAD_DIR_PREFIX } from './uploads';

export interface UploadFolder {
  path: string;
  files: number;
  bytes: number;
  modifiedAt: string;
}

export function leftoverUploads(tempDir = os.tmpdir()): UploadFolder[] {
  let names: string[];
  try {
    names = fs.readdirSync(tempDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(UPLOAD_DIR_PREFIX))
    .flatMap((name) => {
      const dir = path.join(tempDir, name);
      try {
        const stat = fs.statSync(dir);
        if (!stat.isDirectory()) return [];
        const files = fs.readdirSync(dir).map((file) => fs.statSync(path.join(dir, file)));
        return [
          {
            path: dir,
            files: files.length,
            bytes: files.reduce((sum, file) => sum + file.size, 0),
            modifiedAt: stat.mtime.toISOString(),
          },
        ];
      } catch {
        // Removed while we looked (a server stopping): not left over.
        return [];
      }
    });
}
