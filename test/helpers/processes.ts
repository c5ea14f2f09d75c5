// Real child processes for the cross-process tests: small helper scripts run through tsx, talking
// to the test over IPC (the CLI itself: gavel-cli.ts).
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');

/** Starts a helper script of test/helpers with IPC; resolves once it says 'ready'. */
export async function helperProcess(script: string, args: string[]): Promise<ChildProcess> {
  const child = fork(path.join(root, 'test/helpers', script), args, {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await nextMessage(child);
  return child;
}

/** The next message a child sends. */
export function nextMessage<T = unknown>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`helper exited (${code}) before sending a message`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.removeListener('exit', onExit);
      resolve(message as T);
    });
  });
}
