// The workspace the app has open, and switching to another (File > New / Open / Open Recent, a file
// handed over by a second launch). The new workspace opens first, so a file that cannot be opened
// leaves the current one in use; then the IPC bridge moves over to the new core, the renderer is
// told to reload, and only then does the old core close (pausing its runs, which resume later).
import path from 'node:path';
import type { GavelEvent } from '../../shared/contract';
import type { CoreConnection } from '../core-host/client';

export interface WorkspaceSessionDeps {
  openCore(workspacePath: string): Promise<CoreConnection>;
  /** Connects a core to the renderer (registerIpcBridge); returns the disconnect. */
  connect(core: CoreConnection): () => void;
  /** Sends an event to every window. */
  announce(event: GavelEvent): void;
  /** After a workspace is in use: recent list, window title. */
  opened(workspacePath: string): void;
}

export interface WorkspaceSession {
  /** The open workspace's absolute path, null before the first open and after close. */
  readonly path: string | null;
  open(workspacePath: string): Promise<void>;
  close(): Promise<void>;
}

export function createWorkspaceSession(deps: WorkspaceSessionDeps): WorkspaceSession {
  let current: { path: string; core: CoreConnection; disconnect: () => void } | null = null;

  // One switch at a time: two quick menu clicks must not interleave their opens and closes.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    get path() {
      return current?.path ?? null;
    },
    open: (workspacePath) =>
      serially(async () => {
        const absolute = path.resolve(workspacePath);
        if (current?.path === absolute) return;
        const core = await deps.openCore(absolute);
        const previous = current;
        // Handlers move over in one synchronous step, so no call finds the channel unhandled.
        previous?.disconnect();
        current = { path: absolute, core, disconnect: deps.connect(core) };
        deps.opened(absolute);
        deps.announce({ type: 'workspace.changed' });
        await previous?.core.close();
      }),
    close: () =>
      serially(async () => {
        const closing = current;
        current = null;
        closing?.disconnect();
        await closing?.core.close();
      }),
  };
}
