// The desktop app runs the core (SQLite, imports, runs) in an Electron utilityProcess, off the main
// process: a long synchronous statement there cannot freeze windows, menus or IPC replies. The main
// process keeps windows, menus, dialogs and the keychain, and relays messages over the child's port.
import { utilityProcess } from 'electron';
import { connectCore, type ConnectOptions, type HostedCore } from '../core-host/client';
import type { FromHost } from '../core-host/protocol';

/** Starts the core host (`entry`, the bundled core-host.js) and opens the workspace in it. */
export function openCoreProcess(entry: string, options: ConnectOptions): Promise<HostedCore> {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Gavel workspace', stdio: 'inherit' });
  return connectCore(
    {
      post: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', (message) => listener(message as FromHost)),
      onExit: (listener) => child.once('exit', listener),
      kill: () => void child.kill(),
    },
    options,
  );
}
