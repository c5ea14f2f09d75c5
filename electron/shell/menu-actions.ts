// What the menu items (and files handed over by other launches) do. Workspace commands reach the
// core through the workspace session; import, export and settings are the renderer's to carry out,
// so they travel to it as menu events, with the file chosen in the native dialog.
import fs from 'node:fs';
import type { Dialogs } from './dialogs';
import type { MenuEvent } from './ipc-bridge';
import type { RecentWorkspaces } from './recent-workspaces';
import type { WorkspaceSession } from './workspace-session';

export interface MenuActions {
  newWorkspace(): Promise<void>;
  openWorkspace(): Promise<void>;
  /** Opens a workspace by path: Open Recent, a double-clicked file, a second launch's argument. */
  openPath(file: string): Promise<void>;
  clearRecent(): void;
  importFile(): Promise<void>;
  exportFile(): Promise<void>;
  settings(): void;
  about(): Promise<void>;
}

export interface MenuActionDeps {
  session: WorkspaceSession;
  dialogs: Pick<Dialogs, 'newWorkspace' | 'openWorkspace' | 'importFile' | 'exportFile' | 'showError'>;
  recent: RecentWorkspaces;
  /** Sends a menu event to the renderer. */
  send(event: MenuEvent): void;
  /** Rebuilds the menu (its Open Recent list changed). */
  refreshMenu(): void;
  about(): Promise<void>;
  exists?: (file: string) => boolean;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createMenuActions(deps: MenuActionDeps): MenuActions {
  const { session, dialogs, recent } = deps;
  const exists = deps.exists ?? fs.existsSync;

  const open = async (file: string) => {
    try {
      await session.open(file);
    } catch (error) {
      await dialogs.showError(`Gavel could not open ${file}.`, reason(error));
    }
  };

  return {
    async newWorkspace() {
      const file = await dialogs.newWorkspace();
      if (file === null) return;
      // Never written over: an existing workspace holds someone's labels.
      if (exists(file)) {
        await dialogs.showError(`${file} already exists.`, 'Choose another name, or open it with File > Open.');
        return;
      }
      await open(file);
    },
    async openWorkspace() {
      const file = await dialogs.openWorkspace();
      if (file !== null) await open(file);
    },
    async openPath(file) {
      if (exists(file)) return open(file);
      recent.remove(file);
      deps.refreshMenu();
      await dialogs.showError(`${file} is no longer there.`, 'It was moved or deleted since it was last opened.');
    },
    clearRecent() {
      recent.clear();
      deps.refreshMenu();
    },
    async importFile() {
      const file = await dialogs.importFile();
      if (file !== null) deps.send({ type: 'menu', command: 'import', path: file });
    },
    async exportFile() {
      const file = await dialogs.exportFile();
      if (file !== null) deps.send({ type: 'menu', command: 'export', path: file });
    },
    settings: () => deps.send({ type: 'menu', command: 'settings' }),
    about: () => deps.about(),
  };
}
