// The application menu. Built from plain data and the actions it triggers (menu-actions.ts), so
// its structure, accelerators and commands are tested without Electron; main.ts rebuilds it when
// the recent list changes.
import os from 'node:os';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuActions } from './menu-actions';

export interface MenuContext {
  appName: string;
  platform: NodeJS.Platform;
  /** Recent workspaces, newest first. */
  recent: readonly string[];
  /** Reload and developer tools, for development builds only. */
  dev: boolean;
}

/** A path as a menu label: the home folder as ~, and `&` kept literal (it marks mnemonics). */
export function pathLabel(file: string, home = os.homedir()): string {
  const shown = file.startsWith(home) ? `~${file.slice(home.length)}` : file;
  return shown.replaceAll('&', '&&');
}

export function menuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const about: MenuItemConstructorOptions = { label: `About ${context.appName}`, click: () => actions.about() };
  const settings: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Settings',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.settings(),
  };

  const recent: MenuItemConstructorOptions[] = context.recent.map((file) => ({
    label: pathLabel(file),
    click: () => actions.openPath(file),
  }));
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Workspace…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkspace() },
      { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkspace() },
      {
        label: 'Open Recent',
        submenu: [
          ...recent,
          ...(recent.length ? [separator] : []),
          { label: 'Clear Recently Opened', enabled: recent.length > 0, click: () => actions.clearRecent() },
        ],
      },
      separator,
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFile() },
      { label: 'Export…', accelerator: 'Shift+CmdOrCtrl+E', click: () => actions.exportFile() },
      separator,
      ...(mac ? [{ role: 'close' } as const] : [settings, separator, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(context.dev
        ? [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            separator,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: context.appName,
    submenu: [
      about,
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
    // macOS puts About in the app menu and adds a search field to an empty Help menu.
    { role: 'help', submenu: mac ? [] : [about] },
  ];
}
