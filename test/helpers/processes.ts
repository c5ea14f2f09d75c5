// Real child processes for the cross-process tests: the CLI and small helper scripts run through
// tsx, talking to the test over IPC.
import { execFile, fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');

/** Runs `gavel ARGS` to its end, resolving with its exit code and output (never rejecting on a code). */
export function gavel(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', ...args],
      { cwd: root, env },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

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
