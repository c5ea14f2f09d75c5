// Where Gavel keeps its files outside Electron, matching Electron's app.getPath('userData') for an
// app named Gavel, so the CLI, browser mode and the desktop app share one default workspace.
import os from 'node:os';
import path from 'node:path';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Gavel');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Gavel');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Gavel');
}

export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(userDataDir(env), 'default.gavel');
}
