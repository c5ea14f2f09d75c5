// One Gavel at a time: two processes writing one workspace would race, and a double-clicked .gavel
// file should open in the window already there. A second launch hands over its file argument and
// quits; macOS delivers files opened from Finder or the Dock as 'open-file' events instead.
import path from 'node:path';
import type { App } from 'electron';

export const WORKSPACE_EXTENSION = '.gavel';

export const isWorkspaceFile = (file: string): boolean => file.toLowerCase().endsWith(WORKSPACE_EXTENSION);

/** The workspace a command line asks to open: its last `.gavel` argument that is not a switch. */
export function workspaceArgument(argv: readonly string[], cwd: string): string | null {
  const file = argv.filter((arg) => !arg.startsWith('-') && isWorkspaceFile(arg)).at(-1);
  return file === undefined ? null : path.resolve(cwd, file);
}

/** Called when another launch wants this instance: focus, and open the workspace it names if any. */
export type LaunchListener = (workspace: string | null) => void;

/** False when another instance already runs: this one has handed over and is quitting. */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>,
  onLaunch: LaunchListener,
): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv, workingDirectory) => onLaunch(workspaceArgument(argv, workingDirectory)));
  app.on('open-file', (event, file) => {
    event.preventDefault();
    onLaunch(isWorkspaceFile(file) ? file : null);
  });
  return true;
}
