// Small JSON files in the app-data folder (window state, recent workspaces, sealed keys). A missing
// or damaged file reads as null: these are conveniences, never a reason not to start.
import fs from 'node:fs';
import path from 'node:path';

export function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/** Writes through a temporary file and a rename, so a crash mid-write leaves the old file whole. */
export function writeJson(file: string, value: unknown, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(value), { mode });
  fs.renameSync(temporary, file);
}
