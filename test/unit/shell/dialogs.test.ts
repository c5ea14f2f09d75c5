// The native dialogs with Electron's dialog faked: filters, a cancel as null, .gavel added where a
// Linux file chooser leaves it off, About with the versions and a copy button.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { aboutText, createDialogs } from '../../../electron/shell/dialogs';

function fakeDialog(answers: { open?: string[]; save?: string; response?: number } = {}) {
  return {
    showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: !answers.open, filePaths: answers.open ?? [] })),
    showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: !answers.save, filePath: answers.save ?? '' })),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: answers.response ?? 0, checkboxChecked: false })),
  };
}

const documents = path.resolve('/home/ada/Documents');
const window = { id: 1 };

describe('dialogs', () => {
  it('opens a workspace as a sheet of the window, filtered to .gavel files', async () => {
    const dialog = fakeDialog({ open: ['/w/q3.gavel'] });
    const dialogs = createDialogs(dialog as never, () => window as never, documents);
    expect(await dialogs.openWorkspace()).toBe('/w/q3.gavel');
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ filters: [{ name: 'Gavel workspace', extensions: ['gavel'] }] }),
    );
  });

  it('answers null when the user cancels, and works without a window', async () => {
    const dialog = fakeDialog();
    const dialogs = createDialogs(dialog as never, () => null, documents);
    expect(await dialogs.openWorkspace()).toBeNull();
    expect(await dialogs.newWorkspace()).toBeNull();
    expect(await dialogs.importFile()).toBeNull();
    expect(await dialogs.exportFile()).toBeNull();
    expect(dialog.showOpenDialog.mock.calls[0]).toHaveLength(1);
  });

  it('names a new workspace .gavel even when the file chooser did not', async () => {
    const dialogs = (save: string) => createDialogs(fakeDialog({ save }) as never, () => null, documents);
    expect(await dialogs('/w/q3').newWorkspace()).toBe('/w/q3.gavel');
    expect(await dialogs('/w/Q3.GAVEL').newWorkspace()).toBe('/w/Q3.GAVEL');
  });

  it('offers the formats the importers read', async () => {
    const dialog = fakeDialog({ open: ['/data/eval_results.json'] });
    expect(await createDialogs(dialog as never, () => null, documents).importFile()).toBe('/data/eval_results.json');
    expect(dialog.showOpenDialog.mock.calls[0]![0]).toMatchObject({
      filters: [{ extensions: ['csv', 'jsonl', 'json'] }, { extensions: ['*'] }],
      properties: ['openFile'],
    });
  });

  it('About shows the versions and copies them on request', async () => {
    const info = {
      name: 'Gavel',
      version: '0.1.0',
      versions: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.1.0', v8: '14.6' },
      platform: 'linux',
      arch: 'x64',
    };
    expect(aboutText(info)).toEqual({
      message: 'Gavel 0.1.0',
      detail: 'Electron 41.7.1\nChromium 146.0.0.0\nNode.js 24.1.0\nV8 14.6\nlinux x64',
    });
    const copy = vi.fn();
    await createDialogs(fakeDialog({ response: 0 }) as never, () => null, documents).about(info, copy);
    expect(copy).not.toHaveBeenCalled();
    await createDialogs(fakeDialog({ response: 1 }) as never, () => null, documents).about(info, copy);
    expect(copy).toHaveBeenCalledWith(`Gavel 0.1.0\n${aboutText(info).detail}`);
  });
});
