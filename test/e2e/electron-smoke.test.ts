// The desktop app itself, driven through Playwright's Electron support: launch, import a fixture,
// see its rows, quit. It needs the Electron runtime binary (downloaded at install time, which needs
// internet) and a display. Where either is missing the test is skipped and says why: it is reported
// as not run, never as passed.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NATIVE_BINDING_ENV } from '../../electron/shell/launch-options';
import { ensureElectronNative } from '../../scripts/electron-native.mjs';
import { fixture, tempWorkspace } from './harness';

const root = path.resolve(__dirname, '../..');
const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  try {
    const binary: unknown = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electron = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const notRun = !electron
  ? 'the Electron runtime binary is not installed (its download needs internet: node node_modules/electron/install.js)'
  : !hasDisplay
    ? 'there is no display to open a window on (run it under xvfb-run)'
    : null;
if (notRun) console.warn(`Electron smoke test NOT RUN: ${notRun}.`);

/** The environment for the app: ours, without a dev server to load from, with the Electron build of better-sqlite3. */
function appEnvironment(nativeBinding: string, workspace: string): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  delete env.ELECTRON_RENDERER_URL;
  return { ...env, GAVEL_WORKSPACE: workspace, [NATIVE_BINDING_ENV]: nativeBinding };
}

describe('desktop app (Electron, Playwright)', () => {
  it.skipIf(notRun !== null)(
    `launches, imports qa.csv, shows its 6 rows and quits${notRun ? ` [not run: ${notRun}]` : ''}`,
    async () => {
      const nativeBinding = await ensureElectronNative({
        root,
        electronVersion: (require('electron/package.json') as { version: string }).version,
      });
      const workspace = tempWorkspace();
      const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-electron-'));
      const app = await _electron.launch({
        executablePath: electron!,
        // A user-data folder of its own: its own single-instance lock, recent list and window state.
        // Chromium's OS sandbox refuses to start as root (CI containers); the page sandbox stays on.
        args: [root, `--user-data-dir=${userData}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        env: appEnvironment(nativeBinding, workspace),
        cwd: root,
      });
      try {
        const page = await app.firstWindow();
        expect(page.url()).toMatch(/^gavel-app:\/\/renderer\//);
        await expect.poll(() => page.getByTestId('workspace-path').textContent()).toContain(path.basename(workspace));
        // The page has no Node: only the preload's API.
        const globals = await page.evaluate(() => {
          const page = window as { gavel?: unknown; require?: unknown; process?: unknown };
          return [typeof page.gavel, typeof page.require, typeof page.process];
        });
        expect(globals).toEqual(['object', 'undefined', 'undefined']);

        await page.getByTestId('import-open').click();
        await page.getByTestId('import-file-input').setInputFiles(fixture('qa.csv'));
        await page.getByTestId('import-preview').waitFor();
        await page.getByTestId('import-dataset-name').fill('Spark QA');
        await page.getByTestId('import-submit').click();
        await expect.poll(() => page.getByTestId('import-summary').textContent()).toMatch(/6/);
        await page.getByTestId('import-open-dataset').click();
        const rows = page.getByTestId('item-row');
        await expect.poll(() => rows.count()).toBe(6);
        expect(await rows.nth(3).textContent()).toContain('What does RAG stand for?');
      } finally {
        await app.close();
        fs.rmSync(userData, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
