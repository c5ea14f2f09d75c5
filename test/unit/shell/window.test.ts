// The main window with Electron mocked: hardened web preferences, the preload, the state it had last
// time, and a background that follows the OS theme.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-workspace';

const theme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });
const windows: FakeWindow[] = [];

class FakeWindow extends EventEmitter {
  background: string;
  shown = false;
  maximized = false;
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    this.background = options.backgroundColor!;
    windows.push(this);
  }
  setBackgroundColor(color: string) {
    this.background = color;
  }
  maximize() {
    this.maximized = true;
  }
  show() {
    this.shown = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return { x: 40, y: 50, width: 1200, height: 800 };
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  nativeTheme: theme,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
}));
const { BACKGROUND, openMainWindow } = await import('../../../electron/shell/window');

const preload = '/app/out/preload/preload.cjs';

describe('main window', () => {
  beforeEach(() => {
    windows.length = 0;
    theme.shouldUseDarkColors = false;
    theme.removeAllListeners();
  });

  it('isolates the renderer: sandbox, context isolation, no Node, our preload', () => {
    openMainWindow({ preload, stateFile: path.join(tempDir(), 'window-state.json') });
    const { webPreferences } = windows[0]!.options;
    expect(webPreferences).toMatchObject({
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('opens with the saved size and place, maximised as it was, once ready to show', () => {
    const stateFile = path.join(tempDir(), 'window-state.json');
    fs.writeFileSync(stateFile, JSON.stringify({ x: 100, y: 80, width: 1280, height: 720, maximized: true }));
    const window = openMainWindow({ preload, stateFile });
    expect(window).toBe(windows[0]);
    expect(windows[0]!.options).toMatchObject({ x: 100, y: 80, width: 1280, height: 720, show: false });
    expect(windows[0]!.shown).toBe(false);
    windows[0]!.emit('ready-to-show');
    expect(windows[0]).toMatchObject({ shown: true, maximized: true });
  });

  it('saves its state when it closes', () => {
    const stateFile = path.join(tempDir(), 'window-state.json');
    openMainWindow({ preload, stateFile });
    windows[0]!.emit('close');
    expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toEqual({
      x: 40,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('keeps its workspace title when the page sets its own', () => {
    openMainWindow({ preload, stateFile: path.join(tempDir(), 'window-state.json') });
    const preventDefault = vi.fn();
    windows[0]!.emit('page-title-updated', { preventDefault }, 'Gavel');
    expect(preventDefault).toHaveBeenCalled();
  });

  it('follows the OS between light and dark until it closes', () => {
    theme.shouldUseDarkColors = true;
    openMainWindow({ preload, stateFile: path.join(tempDir(), 'window-state.json') });
    const window = windows[0]!;
    expect(window.background).toBe(BACKGROUND.dark);
    theme.shouldUseDarkColors = false;
    theme.emit('updated');
    expect(window.background).toBe(BACKGROUND.light);
    window.emit('closed');
    expect(theme.listenerCount('updated')).toBe(0);
  });
});
