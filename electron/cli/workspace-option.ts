// Which workspace a command works on, and the core opened on it.
import { defaultWorkspacePath } from '../core/app-paths';
import { openCore } from '../core/open-core';
import type { Core } from '../core/service';
import type { UploadStore } from '../core/uploads';
import type { GlobalOptions } from './program';

/** The workspace file a command works on: --workspace, else $GAVEL_WORKSPACE, else the app-data default. */
export function workspacePathFor(options: GlobalOptions): string {
  return options.workspace ?? process.env.GAVEL_WORKSPACE ?? defaultWorkspacePath();
}

export async function coreFor(options: GlobalOptions, uploads?: UploadStore): Promise<Core> {
  const explicit = options.workspace ?? process.env.GAVEL_WORKSPACE;
  return openCore({
    workspacePath: workspacePathFor(options),
    // Only the app-data default is seeded: a workspace the user names starts empty.
    seedSample: explicit === undefined,
    uploads: uploads ?? null,
  });
}

/** Unwraps a Result for the CLI: an error becomes the one-line reason the command exits with. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new CliError(result.error.message);
  return result.value;
}

export class CliError extends Error {}
