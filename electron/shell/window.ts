// The main window: hardened web preferences, the size and place it had last time, and a background
// that follows the OS between light and dark (the page itself follows through prefers-color-scheme).
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { loadWindowState, MIN_WINDOW_SIZE, trackWindowState } from './window-state';

/** The renderer's page background (--bg in renderer/src/styles.css), shown before the page paints. */
export const BACKGROUND = { light: '#f7f7f5', dark: '#17181b' } as const;

export const backgroundFor = (dark: boolean): string => (dark ? BACKGROUND.dark : BACKGROUND.light);

export function openMainWindow(options: { preload: string; stateFile: string }): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const { maximized, ...bounds } = loadWindowState(options.stateFile, workAreas);
  // The web preferences stay literal here, where the security scan (npm run security:scan) reads them.
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Gavel',
    // Shown once the first frame is ready, so it never flashes an empty window.
    show: false,
    backgroundColor: backgroundFor(nativeTheme.shouldUseDarkColors),
    webPreferences: {
      preload: options.preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links through a path of its own; links go through the open handler.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  trackWindowState(window, options.stateFile);
  // The title names the open workspace (main.ts); the page's own <title> would replace it.
  window.on('page-title-updated', (event) => event.preventDefault());
  const repaint = () => window.setBackgroundColor(backgroundFor(nativeTheme.shouldUseDarkColors));
  nativeTheme.on('updated', repaint);
  window.on('closed', () => nativeTheme.off('updated', repaint));
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  return window;
}
