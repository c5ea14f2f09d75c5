// What a launch starts with: a packaged app takes nothing from the environment.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  NATIVE_BINDING_ENV,
  PACKAGED_NATIVE_BINDING,
  launchOptions,
  startupWorkspace,
} from '../../../electron/shell/launch-options';

const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173', [NATIVE_BINDING_ENV]: '/cache/better_sqlite3.node' };

describe('launch options', () => {
  it('in development, takes the dev server and the Electron build of better-sqlite3 from npm start', () => {
    expect(launchOptions({ isPackaged: false, resourcesPath: '/r', env })).toEqual({
      devServerUrl: 'http://localhost:5173',
      nativeBinding: '/cache/better_sqlite3.node',
    });
    expect(launchOptions({ isPackaged: false, resourcesPath: '/r', env: {} })).toEqual({
      devServerUrl: undefined,
      nativeBinding: undefined,
    });
  });

  it('packaged, ignores the environment: its own renderer, its own binary in resources', () => {
    expect(launchOptions({ isPackaged: true, resourcesPath: '/opt/Gavel/resources', env })).toEqual({
      devServerUrl: undefined,
      nativeBinding: path.join('/opt/Gavel/resources', PACKAGED_NATIVE_BINDING),
    });
  });

  it('names the variable scripts/start.mjs sets', () => {
    const start = fs.readFileSync(path.resolve(__dirname, '../../../scripts/start.mjs'), 'utf8');
    expect(start).toContain(`NATIVE_BINDING_ENV = '${NATIVE_BINDING_ENV}'`);
  });

  it('opens the file it was given, else $GAVEL_WORKSPACE, else the last one, else the default', () => {
    const base = { argument: null, env: {}, recent: [], defaultPath: '/d/default.gavel' };
    expect(startupWorkspace(base)).toBe('/d/default.gavel');
    expect(startupWorkspace({ ...base, recent: ['/w/last.gavel'] })).toBe('/w/last.gavel');
    expect(startupWorkspace({ ...base, recent: ['/w/last.gavel'], env: { GAVEL_WORKSPACE: '/e.gavel' } })).toBe(
      '/e.gavel',
    );
    expect(startupWorkspace({ ...base, argument: '/a.gavel', env: { GAVEL_WORKSPACE: '/e.gavel' } })).toBe('/a.gavel');
  });
});
