// Starts the core host with child_process.fork, as a test or a benchmark drives it: the same
// messages the desktop app sends to its utilityProcess, over Node's IPC channel.
import { fork } from 'node:child_process';
import path from 'node:path';
import { connectCore, type ConnectOptions, type HostedCore } from '../../electron/core-host/client';
import type { FromHost } from '../../electron/core-host/protocol';

const root = path.resolve(import.meta.dirname, '../..');

/** `built`: run the bundled host (out/main/core-host.js) rather than the sources through tsx. */
export async function forkCoreHost(
  options: ConnectOptions,
  { built = false }: { built?: boolean } = {},
): Promise<HostedCore & { pid: number; exited: Promise<number | null> }> {
  const entry = built ? path.join(root, 'out/main/core-host.js') : path.join(root, 'electron/core-host/entry.ts');
  const child = fork(entry, [], {
    execArgv: [...(built ? [] : ['--import', 'tsx']), ...(process.env.GAVEL_HOST_EXEC_ARGV?.split(' ').filter(Boolean) ?? [])],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const hosted = await connectCore(
    {
      post: (message) => void child.send(message),
      onMessage: (listener) => child.on('message', (message) => listener(message as FromHost)),
      onExit: (listener) => void exited.then(listener),
      kill: () => child.kill(),
    },
    options,
  );
  return Object.assign(hosted, { pid: child.pid!, exited });
}
