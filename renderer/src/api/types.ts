// What the renderer holds: the contract's API plus turning a user-chosen File into an import source,
// which each bridge does its own way (Electron knows the file's path; a browser must upload it).
import type { GavelApi, ImportSource } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

export type RendererApi = GavelApi & {
  sourceForFile(file: File): Promise<Result<ImportSource>>;
  /**
   * A reviewer's link from its secret: on this server's address in browser mode; in the desktop app
   * only the part that goes after the address `gavel serve` prints.
   */
  linkFor(token: string): string;
};

/** What the Electron preload exposes next to `window.gavel` (Electron's `webUtils.getPathForFile`). */
export interface GavelFiles {
  pathFor(file: File): string;
}

declare global {
  interface Window {
    gavel?: GavelApi;
    gavelFiles?: GavelFiles;
  }
}
