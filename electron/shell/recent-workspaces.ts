// Workspaces opened lately, newest first, for File > Open Recent. Also handed to the OS (macOS Dock
// menu, Windows jump list), which keeps its own list.
import fs from 'node:fs';
import path from 'node:path';
import { readJson, writeJson } from './json-file';

export const MAX_RECENT_WORKSPACES = 10;

/** The OS side of the list (Electron's app.addRecentDocument / app.clearRecentDocuments). */
export interface OsRecentDocuments {
  addRecentDocument(file: string): void;
  clearRecentDocuments(): void;
}

export interface RecentWorkspaces {
  /** Newest first; files since moved or deleted are left out. */
  list(): string[];
  add(file: string): void;
  remove(file: string): void;
  clear(): void;
}

export function createRecentWorkspaces(
  file: string,
  os: OsRecentDocuments,
  exists: (file: string) => boolean = fs.existsSync,
): RecentWorkspaces {
  const stored = (): string[] => {
    const value = readJson(file);
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  };
  const save = (entries: string[]) => writeJson(file, entries.slice(0, MAX_RECENT_WORKSPACES));

  return {
    list: () => stored().filter((entry) => exists(entry)),
    add(workspace) {
      const absolute = path.resolve(workspace);
      save([absolute, ...stored().filter((entry) => entry !== absolute)]);
      os.addRecentDocument(absolute);
    },
    remove(workspace) {
      const absolute = path.resolve(workspace);
      save(stored().filter((entry) => entry !== absolute));
    },
    clear() {
      save([]);
      os.clearRecentDocuments();
    },
  };
}
