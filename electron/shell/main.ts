// Electron entry: wires the shell's small parts together. The logic lives in those parts, each
// tested on plain Node with Electron mocked; this file only connects them to the real Electron.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, Menu, safeStorage, session, shell } from 'electron';
import { defaultWorkspacePath, userDataDir } from '../core/app-paths';
import { createEnvKeyStore } from '../providers/env-key-store';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { openCoreProcess } from './core-process';
import { createDialogs } from './dialogs';
import { broadcast, registerIpcBridge } from './ipc-bridge';
import { launchOptions, startupWorkspace } from './launch-options';
import { menuTemplate } from './menu';
import { createMenuActions } from './menu-actions';
import { createRecentWorkspaces } from './recent-workspaces';
import { createSafeStorageKeyStore } from './safe-storage-keys';
import { hardenContents, hardenSession } from './security';
import { claimSingleInstance, workspaceArgument } from './single-instance';
import { openMainWindow } from './window';
import { createWorkspaceSession } from './workspace-session';

const here = path.dirname(fileURLToPath(import.meta.url));
const APP_NAME = 'Gavel';

// One folder for the desktop app, the CLI and browser mode (core/app-paths.ts), whatever name the
// running Electron binary has; an explicit --user-data-dir (tests, portable use) still wins.
app.setName(APP_NAME);
if (!app.commandLine.hasSwitch('user-data-dir')) app.setPath('userData', userDataDir());

const { devServerUrl, nativeBinding } = launchOptions({
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  env: process.env,
});
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const isTrustedUrl = (url: string) => url.startsWith(`${rendererOrigin}/`);

registerAppScheme();
app.on('web-contents-created', (_event, contents) =>
  hardenContents(contents, { isTrustedUrl, openExternal: (url) => shell.openExternal(url) }),
);

let mainWindow: BrowserWindow | null = null;
// Files handed over before the app is ready (macOS opens a double-clicked file that way) wait here.
let requested: string | null = workspaceArgument(process.argv, process.cwd());
let onLaunch = (workspace: string | null) => {
  requested = workspace ?? requested;
};

if (claimSingleInstance(app, (workspace) => onLaunch(workspace))) void start();

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));

  const userData = app.getPath('userData');
  const defaultPath = defaultWorkspacePath();
  const keys = await createSafeStorageKeyStore(
    path.join(userData, 'provider-keys.json'),
    createEnvKeyStore(),
    safeStorage,
  );
  const recent = createRecentWorkspaces(path.join(userData, 'recent-workspaces.json'), app);
  const dialogs = createDialogs(dialog, () => mainWindow, app.getPath('documents'));

  const refreshMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(actions, {
          appName: APP_NAME,
          platform: process.platform,
          recent: recent.list(),
          dev: !app.isPackaged,
        }),
      ),
    );
  const showTitle = () => {
    if (!mainWindow || !workspace.path) return;
    mainWindow.setTitle(`${path.basename(workspace.path)} — ${APP_NAME}`);
    if (process.platform === 'darwin') mainWindow.setRepresentedFilename(workspace.path);
  };

  const workspace = createWorkspaceSession({
    openCore: (workspacePath) =>
      openCoreProcess(path.join(here, 'core-host.js'), {
        workspacePath,
        seedSample: workspacePath === defaultPath,
        keys,
        nativeBinding,
      }),
    connect: (core) => registerIpcBridge(core, isTrustedUrl),
    announce: broadcast,
    opened(workspacePath) {
      recent.add(workspacePath);
      refreshMenu();
      showTitle();
    },
  });
  const actions = createMenuActions({
    session: workspace,
    dialogs,
    recent,
    send: broadcast,
    refreshMenu,
    about: () =>
      dialogs.about(
        {
          name: APP_NAME,
          version: app.getVersion(),
          versions: process.versions,
          platform: process.platform,
          arch: process.arch,
        },
        (text) => clipboard.writeText(text),
      ),
  });

  const showWindow = async () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
      return;
    }
    mainWindow = openMainWindow({
      preload: path.join(here, '../preload/preload.cjs'),
      stateFile: path.join(userData, 'window-state.json'),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    showTitle();
    await mainWindow.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  };

  const opens = async (file: string) => {
    try {
      await workspace.open(file);
      return true;
    } catch (error) {
      dialog.showErrorBox(`Gavel could not open ${file}`, error instanceof Error ? error.message : String(error));
      return false;
    }
  };
  // A workspace that cannot be opened (damaged, or from a newer Gavel) must not lock the user out:
  // the default workspace opens instead.
  const first = startupWorkspace({ argument: requested, env: process.env, recent: recent.list(), defaultPath });
  if (!(await opens(first)) && (first === defaultPath || !(await opens(defaultPath)))) {
    app.exit(1);
    return;
  }
  onLaunch = (file) => {
    void showWindow();
    if (file) void actions.openPath(file);
  };
  await showWindow();

  // macOS keeps the app running with no window until it is quit; elsewhere closing the window quits.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => void showWindow());
  // The workspace closes (runs paused, writes flushed) before the process ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void workspace.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
