// The native dialogs: choose a workspace to open or create, a file to import, where to export, an
// error, About. Each returns null when the user cancels. Attached to the window when there is one,
// so macOS shows them as sheets and elsewhere they are modal to it.
import path from 'node:path';
import type { BaseWindow, Dialog, FileFilter, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { WORKSPACE_EXTENSION } from './single-instance';

const WORKSPACE_FILTERS: FileFilter[] = [{ name: 'Gavel workspace', extensions: [WORKSPACE_EXTENSION.slice(1)] }];
// The importers read CSV, JSON Lines and JSON (MLflow, Databricks, promptfoo and Bedrock files included).
const IMPORT_FILTERS: FileFilter[] = [
  { name: 'Evaluation data', extensions: ['csv', 'jsonl', 'json'] },
  { name: 'All files', extensions: ['*'] },
];
const EXPORT_FILTERS: FileFilter[] = [
  { name: 'JSON Lines', extensions: ['jsonl'] },
  { name: 'JSON', extensions: ['json'] },
  { name: 'CSV', extensions: ['csv'] },
];

export interface AboutInfo {
  name: string;
  version: string;
  versions: Pick<NodeJS.ProcessVersions, 'node' | 'v8'> & { electron?: string; chrome?: string };
  platform: string;
  arch: string;
}

/** What About shows: the versions someone reporting a problem is asked for. */
export function aboutText({ name, version, versions, platform, arch }: AboutInfo): { message: string; detail: string } {
  const detail = [
    `Electron ${versions.electron ?? '?'}`,
    `Chromium ${versions.chrome ?? '?'}`,
    `Node.js ${versions.node}`,
    `V8 ${versions.v8}`,
    `${platform} ${arch}`,
  ].join('\n');
  return { message: `${name} ${version}`, detail };
}

export type Dialogs = ReturnType<typeof createDialogs>;

export function createDialogs(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>,
  parent: () => BaseWindow | null,
  documentsDir: string,
) {
  const open = async (options: OpenDialogOptions): Promise<string | null> => {
    const window = parent();
    const { canceled, filePaths } = await (window
      ? dialog.showOpenDialog(window, options)
      : dialog.showOpenDialog(options));
    return canceled ? null : (filePaths[0] ?? null);
  };
  const save = async (options: SaveDialogOptions): Promise<string | null> => {
    const window = parent();
    const { canceled, filePath } = await (window
      ? dialog.showSaveDialog(window, options)
      : dialog.showSaveDialog(options));
    return canceled || !filePath ? null : filePath;
  };
  const message = (options: MessageBoxOptions) => {
    const window = parent();
    return window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options);
  };

  return {
    openWorkspace: () =>
      open({
        title: 'Open Workspace',
        filters: WORKSPACE_FILTERS,
        properties: ['openFile'],
        defaultPath: documentsDir,
      }),
    async newWorkspace(): Promise<string | null> {
      const file = await save({
        title: 'New Workspace',
        buttonLabel: 'Create',
        defaultPath: path.join(documentsDir, `Untitled${WORKSPACE_EXTENSION}`),
        filters: WORKSPACE_FILTERS,
        properties: ['createDirectory'],
      });
      // Linux file choosers do not add the filter's extension; the file type association needs it.
      return file === null || file.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? file : `${file}${WORKSPACE_EXTENSION}`;
    },
    importFile: () => open({ title: 'Import', filters: IMPORT_FILTERS, properties: ['openFile'] }),
    exportFile: () =>
      save({
        title: 'Export',
        buttonLabel: 'Export',
        defaultPath: path.join(documentsDir, 'gavel-export.jsonl'),
        filters: EXPORT_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    async showError(text: string, detail: string): Promise<void> {
      await message({ type: 'error', message: text, detail, buttons: ['OK'] });
    },
    /** About, with a button that copies the versions for a bug report. */
    async about(info: AboutInfo, copy: (text: string) => void): Promise<void> {
      const { message: title, detail } = aboutText(info);
      const { response } = await message({
        type: 'info',
        title: `About ${info.name}`,
        message: title,
        detail,
        buttons: ['OK', 'Copy Versions'],
        defaultId: 0,
        cancelId: 0,
      });
      if (response === 1) copy(`${title}\n${detail}`);
    },
  };
}
