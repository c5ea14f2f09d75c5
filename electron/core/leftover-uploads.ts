// Upload folders that browser-mode servers left behind: a server that stops cleanly removes its own
// folder, so a folder whose process is gone belongs to a server that crashed or was killed (the next
// `gavel serve` removes it).
import fs from 'node:fs';
import path from 'node:path';
import { processExists } from './process-alive';
import { DEFAULT_UPLOAD_ROOT, uploadFolderPid } from './uploads';

export interface UploadFolder {
  path: string;
  files: number;
  bytes: number;
  modifiedAt: string;
}

export function leftoverUploads(root = DEFAULT_UPLOAD_ROOT): UploadFolder[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isDirectory() && !processExists(uploadFolderPid(entry.name)))
    .flatMap((entry) => {
      const dir = path.join(root, entry.name);
      try {
        const files = fs.readdirSync(dir).map((file) => fs.statSync(path.join(dir, file)));
        return [
          {
            path: dir,
            files: files.length,
            bytes: files.reduce((sum, file) => sum + file.size, 0),
            modifiedAt: fs.statSync(dir).mtime.toISOString(),
          },
        ];
      } catch {
        // Removed while we looked: not left over.
        return [];
      }
    });
}
