// Electron entry: the thin shell around the core. Everything it calls is tested on plain Node.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { defaultWorkspacePath } from '../core/app-paths';
import { openCore } from '../core/open-core';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpcBridge } from './ipc-bridge';
import { createEnvKeyStore } from '../providers/env-key-store';
import { createSafeStorageKeyStore } from './safe-storage-keys';
import { hardenContents } from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const rendererOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const isTrustedUrl = (url: string) => url.startsWith(`${rendererOrigin}/`);

registerAppScheme();

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(path.join(here, '../renderer'));
  const explicit = process.env.GAVEL_WORKSPACE;
  const envKeys = createEnvKeyStore();
  const core = await openCore({
    workspacePath: explicit ?? defaultWorkspacePath(),
    seedSample: explicit === undefined,
    keys: createSafeStorageKeyStore(path.join(app.getPath('userData'), 'provider-keys.json'), envKeys),
  });
  registerIpcBridge(core, isTrustedUrl);

  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Gavel',
    webPreferences: {
      preload: path.join(here, '../preload/preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  hardenContents(window.webContents, isTrustedUrl);
  await window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);

  app.on('window-all-closed', () => {
    void core.close().then(() => app.quit());
  });
}

void start();
