// What a launch starts with: where the renderer comes from, which better-sqlite3 binary to load, and
// which workspace to open. Free of Electron imports so electron-builder.config.ts can share the
// packaged binary's location.
import path from 'node:path';

/** Where the packaged app keeps its Electron build of better-sqlite3, under the resources folder. */
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';
/** Set by scripts/start.mjs in development: the Electron build of better-sqlite3 kept aside. */
export const NATIVE_BINDING_ENV = 'GAVEL_NATIVE_BINDING';

export interface LaunchEnvironment {
  isPackaged: boolean;
  resourcesPath: string;
  env: NodeJS.ProcessEnv;
}

export interface LaunchOptions {
  /** electron-vite's dev server, whose renderer hot-reloads; undefined serves the built renderer. */
  devServerUrl: string | undefined;
  /** undefined loads better-sqlite3's own build (node_modules stays built for Node: tests, CLI and browser mode run on it). */
  nativeBinding: string | undefined;
}

export function launchOptions({ isPackaged, resourcesPath, env }: LaunchEnvironment): LaunchOptions {
  // A packaged app takes neither from the environment: with the Node-options fuses off, nothing in
  // the environment may choose the code or the page the app runs.
  if (isPackaged) {
    return { devServerUrl: undefined, nativeBinding: path.join(resourcesPath, ...PACKAGED_NATIVE_BINDING.split('/')) };
  }
  return { devServerUrl: env.ELECTRON_RENDERER_URL || undefined, nativeBinding: env[NATIVE_BINDING_ENV] || undefined };
}

/**
 * The workspace to open at launch: a `.gavel` file the launch was given (file association), else
 * $GAVEL_WORKSPACE, else the one used last, else the default workspace (with its sample dataset).
 */
export function startupWorkspace(options: {
  argument: string | null;
  env: NodeJS.ProcessEnv;
  recent: readonly string[];
  defaultPath: string;
}): string {
  return options.argument ?? (options.env.GAVEL_WORKSPACE || undefined) ?? options.recent[0] ?? options.defaultPath;
}
