// The application menu: the File commands with their accelerators, Open Recent, the standard menus,
// and every item reaching its action.
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, pathLabel, type MenuContext } from '../../../electron/shell/menu';
import type { MenuActions } from '../../../electron/shell/menu-actions';

function actions(): MenuActions {
  return {
    newWorkspace: vi.fn(async () => undefined),
    openWorkspace: vi.fn(async () => undefined),
    openPath: vi.fn(async () => undefined),
    clearRecent: vi.fn(),
    importFile: vi.fn(async () => undefined),
    exportFile: vi.fn(async () => undefined),
    settings: vi.fn(),
    about: vi.fn(async () => undefined),
  };
}

const context: MenuContext = { appName: 'Gavel', platform: 'linux', recent: [], dev: false };

const submenu = (item: MenuItemConstructorOptions | undefined) => item?.submenu as MenuItemConstructorOptions[];
const find = (items: MenuItemConstructorOptions[], label: string) => items.find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as unknown as () => void)();

describe('application menu', () => {
  it('has File, Edit, View, Window and Help', () => {
    const template = menuTemplate(actions(), context);
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      '&File',
      'editMenu',
      '&View',
      'windowMenu',
      'help',
    ]);
  });

  it('gives the File commands accelerators and sends each to its action', () => {
    const menuActions = actions();
    const file = submenu(menuTemplate(menuActions, context)[0]);
    const expected: [string, string, keyof MenuActions][] = [
      ['New Workspace…', 'CmdOrCtrl+N', 'newWorkspace'],
      ['Open Workspace…', 'CmdOrCtrl+O', 'openWorkspace'],
      ['Import…', 'CmdOrCtrl+I', 'importFile'],
      ['Export…', 'Shift+CmdOrCtrl+E', 'exportFile'],
      ['Settings', 'CmdOrCtrl+,', 'settings'],
    ];
    for (const [label, accelerator, action] of expected) {
      const item = find(file, label);
      expect(item?.accelerator).toBe(accelerator);
      click(item);
      expect(menuActions[action]).toHaveBeenCalledTimes(1);
    }
    expect(file.at(-1)).toEqual({ role: 'quit' });
  });

  it('lists recent workspaces, opens them, and clears the list', () => {
    const menuActions = actions();
    const recent = [path.join(os.homedir(), 'reviews', 'q3.gavel'), '/srv/R&D.gavel'];
    const openRecent = submenu(find(submenu(menuTemplate(menuActions, { ...context, recent })[0]), 'Open Recent'));
    expect(openRecent.map((item) => item.label ?? item.type)).toEqual([
      `~${path.sep}reviews${path.sep}q3.gavel`,
      '/srv/R&&D.gavel',
      'separator',
      'Clear Recently Opened',
    ]);
    click(openRecent[1]);
    expect(menuActions.openPath).toHaveBeenCalledWith('/srv/R&D.gavel');
    click(openRecent[3]);
    expect(menuActions.clearRecent).toHaveBeenCalled();

    const empty = submenu(find(submenu(menuTemplate(menuActions, context)[0]), 'Open Recent'));
    expect(empty).toEqual([expect.objectContaining({ label: 'Clear Recently Opened', enabled: false })]);
  });

  it('puts About in Help, or in the app menu on macOS with Settings…', () => {
    const menuActions = actions();
    click(submenu(menuTemplate(menuActions, context).at(-1))[0]);
    expect(menuActions.about).toHaveBeenCalledTimes(1);

    const mac = menuTemplate(menuActions, { ...context, platform: 'darwin' });
    expect(mac[0]?.label).toBe('Gavel');
    const appMenu = submenu(mac[0]);
    click(find(appMenu, 'About Gavel'));
    expect(menuActions.about).toHaveBeenCalledTimes(2);
    expect(find(appMenu, 'Settings…')?.accelerator).toBe('CmdOrCtrl+,');
    expect(submenu(mac[1]).at(-1)).toEqual({ role: 'close' });
  });

  it('offers reload and developer tools in development builds only', () => {
    const roles = (dev: boolean) => submenu(menuTemplate(actions(), { ...context, dev })[2]).map((item) => item.role);
    expect(roles(true)).toContain('toggleDevTools');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
  });

  it('shows paths under the home folder with ~', () => {
    expect(pathLabel('/home/ada/w.gavel', '/home/ada')).toBe('~/w.gavel');
    expect(pathLabel('/srv/w.gavel', '/home/ada')).toBe('/srv/w.gavel');
  });
});
