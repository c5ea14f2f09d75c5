// The CLI as a user runs it: the bundled command (built once before the tests by global-setup.ts)
// in a real process, with its exit code, stdout and stderr.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
export const CLI_BUNDLE = path.join(root, 'out/cli/gavel.js');

/** The command line that runs `gavel <args>`, for tests that spawn it themselves. */
export const gavelCommand = (args: string[]) => [process.execPath, [CLI_BUNDLE, ...args]] as const;

/** `gavel ARGS` as a child process the test steers (signals, kill -9). */
export const spawnGavel = (args: string[], env: NodeJS.ProcessEnv): ChildProcess =>
  spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd: root, env });

/** Runs `gavel ARGS` to its end with `env` over this process's environment; never rejects on a code. */
export async function gavel(args: string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI_BUNDLE, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number | string; stdout: string; stderr: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, stdout: failed.stdout, stderr: failed.stderr };
  }
}
