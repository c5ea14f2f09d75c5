// Types for electron-native.mjs (plain JavaScript so `npm start` runs it with Node alone).

/** Where the Electron builds are kept, relative to the project folder. */
export const CACHE_DIR: string;
export const BINDING_FILE: string;

export interface RebuildOptions {
  buildPath: string;
  projectRootPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
  onlyModules: string[];
  force: boolean;
}

export function electronNativeDir(root: string, platform: string, arch: string): string;

export function ensureElectronNative(options: {
  /** The project folder (holding node_modules). */
  root: string;
  electronVersion: string;
  /** Only the host's: native modules cannot be cross-compiled. */
  platform?: string;
  arch?: string;
  /** @electron/rebuild's rebuild; tests pass a fake. */
  rebuild?: (options: RebuildOptions) => Promise<void>;
  log?: (message: string) => void;
}): Promise<string>;
