// The Electron build of better-sqlite3 kept aside: built from a copy when missing or stale, reused
// otherwise, and never touching node_modules/better-sqlite3, which stays built for Node.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BINDING_FILE, electronNativeDir, ensureElectronNative } from '../../../scripts/electron-native.mjs';
import type { RebuildOptions } from '../../../scripts/electron-native.mjs';
import { tempDir } from '../../helpers/temp-workspace';

/** A project folder with a better-sqlite3 built for Node. */
function project(version = '12.11.1'): string {
  const root = tempDir();
  const module = path.join(root, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(module, 'build', 'Release'), { recursive: true });
  fs.mkdirSync(path.join(module, 'src'));
  fs.writeFileSync(path.join(module, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version }));
  fs.writeFileSync(path.join(module, 'binding.gyp'), '{}');
  fs.writeFileSync(path.join(module, 'src', 'better_sqlite3.cpp'), '// C++');
  fs.writeFileSync(path.join(module, 'build', 'Release', BINDING_FILE), 'built for Node');
  return root;
}

/** A stand-in for @electron/rebuild that "compiles" the copy it is given. */
function fakeRebuild(fail = false) {
  return vi.fn(async (options: RebuildOptions) => {
    expect(fs.existsSync(path.join(options.buildPath, 'build'))).toBe(false);
    expect(fs.existsSync(path.join(options.buildPath, 'src', 'better_sqlite3.cpp'))).toBe(true);
    if (fail) throw new Error('node-gyp failed');
    fs.mkdirSync(path.join(options.buildPath, 'build', 'Release'), { recursive: true });
    fs.writeFileSync(
      path.join(options.buildPath, 'build', 'Release', BINDING_FILE),
      `Electron ${options.electronVersion}`,
    );
  });
}

const quiet = () => undefined;

describe('Electron build of better-sqlite3', () => {
  it('builds a copy for Electron, leaving the Node build in node_modules alone', async () => {
    const root = project();
    const rebuild = fakeRebuild();
    const binding = await ensureElectronNative({ root, electronVersion: '41.7.1', arch: 'x64', rebuild, log: quiet });
    expect(binding).toBe(path.join(electronNativeDir(root, process.platform, 'x64'), BINDING_FILE));
    expect(fs.readFileSync(binding, 'utf8')).toBe('Electron 41.7.1');
    expect(rebuild).toHaveBeenCalledWith(
      expect.objectContaining({ electronVersion: '41.7.1', arch: 'x64', platform: process.platform, force: true }),
    );
    const nodeBuild = path.join(root, 'node_modules/better-sqlite3/build/Release', BINDING_FILE);
    expect(fs.readFileSync(nodeBuild, 'utf8')).toBe('built for Node');
    // Only the binary and its stamp stay: the copy it was built in is gone.
    expect(fs.readdirSync(path.dirname(binding)).sort()).toEqual([BINDING_FILE, 'build.json']);
  });

  it('reuses the build until Electron or better-sqlite3 changes version', async () => {
    const root = project();
    const rebuild = fakeRebuild();
    const options = { root, arch: 'arm64', rebuild, log: quiet };
    await ensureElectronNative({ ...options, electronVersion: '41.7.1' });
    await ensureElectronNative({ ...options, electronVersion: '41.7.1' });
    expect(rebuild).toHaveBeenCalledTimes(1);

    const binding = await ensureElectronNative({ ...options, electronVersion: '42.0.0' });
    expect(rebuild).toHaveBeenCalledTimes(2);
    expect(fs.readFileSync(binding, 'utf8')).toBe('Electron 42.0.0');

    fs.writeFileSync(
      path.join(root, 'node_modules/better-sqlite3/package.json'),
      JSON.stringify({ name: 'better-sqlite3', version: '12.12.0' }),
    );
    await ensureElectronNative({ ...options, electronVersion: '42.0.0' });
    expect(rebuild).toHaveBeenCalledTimes(3);
  });

  it('keeps builds for each architecture apart', async () => {
    const root = project();
    const rebuild = fakeRebuild();
    const x64 = await ensureElectronNative({ root, electronVersion: '41.7.1', arch: 'x64', rebuild, log: quiet });
    const arm64 = await ensureElectronNative({ root, electronVersion: '41.7.1', arch: 'arm64', rebuild, log: quiet });
    expect(x64).not.toBe(arm64);
    expect(rebuild).toHaveBeenCalledTimes(2);
  });

  it('a failed build leaves nothing that passes for a build', async () => {
    const root = project();
    const options = { root, electronVersion: '41.7.1', arch: 'x64', log: quiet };
    await expect(ensureElectronNative({ ...options, rebuild: fakeRebuild(true) })).rejects.toThrow('node-gyp failed');
    expect(fs.readdirSync(electronNativeDir(root, process.platform, 'x64'))).toEqual([]);
    const rebuild = fakeRebuild();
    await ensureElectronNative({ ...options, rebuild });
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('refuses to cross-compile for another OS', async () => {
    const other = process.platform === 'win32' ? 'darwin' : 'win32';
    await expect(
      ensureElectronNative({
        root: project(),
        electronVersion: '41.7.1',
        platform: other,
        rebuild: fakeRebuild(),
        log: quiet,
      }),
    ).rejects.toThrow(`cannot be built for ${other}`);
  });
});
