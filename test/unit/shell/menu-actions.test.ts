// The menu's commands, wired as main.ts wires them but with Electron's IPC and windows mocked: File
// commands switch the real core behind the IPC bridge; Import, Export and Settings reach the renderer
// as menu events.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, ipcChannel } from '../../../shared/channels';
import { openCore } from '../../../electron/core/open-core';
import { fixture, memoryKeys, tempDir } from '../../helpers/temp-workspace';

type Handler = (event: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
const sent: unknown[] = [];

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  BrowserWindow: {
    getAllWindows: () => [{ webContents: { send: (channel: string, event: unknown) => sent.push([channel, event]) } }],
  },
}));
const { broadcast, registerIpcBridge } = await import('../../../electron/shell/ipc-bridge');
const { createMenuActions } = await import('../../../electron/shell/menu-actions');
const { createRecentWorkspaces } = await import('../../../electron/shell/recent-workspaces');
const { createWorkspaceSession } = await import('../../../electron/shell/workspace-session');

const RENDERER = { senderFrame: { url: 'gavel-app://renderer/index.html' } };
const sessions: { close(): Promise<void> }[] = [];

afterEach(async () => {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
  sent.length = 0;
});

/** The menu actions over a real workspace session, with the dialogs answering `choices`. */
async function app(choices: { open?: string; create?: string; importFile?: string; exportFile?: string } = {}) {
  const dir = tempDir();
  const recent = createRecentWorkspaces(path.join(dir, 'recent.json'), {
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  const session = createWorkspaceSession({
    openCore: (workspacePath) => openCore({ workspacePath, keys: memoryKeys() }),
    connect: (core) => registerIpcBridge(core, (url) => url.startsWith('gavel-app://renderer/')),
    announce: broadcast,
    opened: (workspacePath) => recent.add(workspacePath),
  });
  sessions.push(session);
  const dialogs = {
    openWorkspace: vi.fn(async () => choices.open ?? null),
    newWorkspace: vi.fn(async () => choices.create ?? null),
    importFile: vi.fn(async () => choices.importFile ?? null),
    exportFile: vi.fn(async () => choices.exportFile ?? null),
    showError: vi.fn(async () => undefined),
  };
  const refreshMenu = vi.fn();
  const actions = createMenuActions({ session, dialogs, recent, send: broadcast, refreshMenu, about: vi.fn() });
  const first = path.join(dir, 'first.gavel');
  await session.open(first);
  sent.length = 0;
  /** What the renderer gets when it asks over IPC, as the preload would. */
  const ask = (channel: 'workspace.info' | 'datasets.list') =>
    handlers.get(ipcChannel(channel))!(RENDERER, {}) as Promise<{ ok: true; value: never }>;
  return { dir, first, session, dialogs, recent, refreshMenu, actions, ask };
}

describe('menu actions', () => {
  it('File > Open switches the core behind the IPC bridge and tells the renderer to reload', async () => {
    const other = path.join(tempDir(), 'other.gavel');
    const seed = await openCore({ workspacePath: other, keys: memoryKeys() });
    await seed.call('import.run', {
      source: { kind: 'path', path: fixture('qa.csv') },
      format: 'csv',
      dataset: { name: 'Spark QA' },
    });
    await seed.close();

    const { actions, ask, recent } = await app({ open: other });
    expect((await ask('datasets.list')).value).toEqual([]);
    await actions.openWorkspace();
    expect((await ask('workspace.info')).value).toMatchObject({ path: other, datasets: 1 });
    expect((await ask('datasets.list')).value).toEqual([expect.objectContaining({ name: 'Spark QA', items: 6 })]);
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { type: 'workspace.changed' }]]);
    expect(recent.list()[0]).toBe(other);
  });

  it('File > New creates an empty workspace where the user chose', async () => {
    const created = path.join(tempDir(), 'fresh.gavel');
    const { actions, ask, dialogs } = await app({ create: created });
    await actions.newWorkspace();
    expect((await ask('workspace.info')).value).toMatchObject({ path: created, datasets: 0 });
    expect(fs.existsSync(created)).toBe(true);
    expect(dialogs.showError).not.toHaveBeenCalled();
  });

  it('File > New never opens or overwrites a workspace already there', async () => {
    const existing = path.join(tempDir(), 'labels.gavel');
    fs.writeFileSync(existing, "someone else's labels");
    const { actions, ask, dialogs, first } = await app({ create: existing });
    await actions.newWorkspace();
    expect(dialogs.showError).toHaveBeenCalledWith(`${existing} already exists.`, expect.any(String));
    expect((await ask('workspace.info')).value).toMatchObject({ path: first });
    expect(fs.readFileSync(existing, 'utf8')).toBe("someone else's labels");
  });

  it('a file that is not a workspace is explained, and the current workspace stays', async () => {
    const broken = path.join(tempDir(), 'broken.gavel');
    fs.writeFileSync(broken, 'this is not SQLite');
    const { actions, ask, dialogs, first } = await app({ open: broken });
    await actions.openWorkspace();
    expect(dialogs.showError).toHaveBeenCalledWith(`Gavel could not open ${broken}.`, expect.any(String));
    expect((await ask('workspace.info')).value).toMatchObject({ path: first });
  });

  it('Open Recent on a file since deleted drops it from the list and says so', async () => {
    const { actions, dialogs, recent, refreshMenu, dir } = await app();
    const gone = path.join(dir, 'gone.gavel');
    recent.add(gone);
    await actions.openPath(gone);
    expect(recent.list()).not.toContain(gone);
    expect(refreshMenu).toHaveBeenCalled();
    expect(dialogs.showError).toHaveBeenCalledWith(expect.stringContaining('no longer there'), expect.any(String));
  });

  it('Import…, Export… and Settings reach the renderer with the chosen file', async () => {
    const { actions } = await app({ importFile: fixture('qa.csv'), exportFile: '/home/ada/fewshot.jsonl' });
    await actions.importFile();
    await actions.exportFile();
    actions.settings();
    expect(sent).toEqual([
      [IPC_EVENT_CHANNEL, { type: 'menu', command: 'import', path: fixture('qa.csv') }],
      [IPC_EVENT_CHANNEL, { type: 'menu', command: 'export', path: '/home/ada/fewshot.jsonl' }],
      [IPC_EVENT_CHANNEL, { type: 'menu', command: 'settings' }],
    ]);
  });

  it('a cancelled dialog does nothing', async () => {
    const { actions, ask, first } = await app();
    await actions.openWorkspace();
    await actions.newWorkspace();
    await actions.importFile();
    await actions.exportFile();
    expect(sent).toEqual([]);
    expect((await ask('workspace.info')).value).toMatchObject({ path: first });
  });
});
