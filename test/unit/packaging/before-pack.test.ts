// The beforePack hook electron-builder runs for each architecture: it makes the Electron build of
// better-sqlite3 for that architecture with @electron/rebuild (mocked here), where the
// configuration's extraResources takes it from.
import fs from 'node:fs';
import path from 'node:path';
import { Arch } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import config from '../../../electron-builder.config';
import { BINDING_FILE, electronNativeDir } from '../../../scripts/electron-native.mjs';
import { tempDir } from '../../helpers/temp-workspace';

const rebuild = vi.hoisted(() =>
  vi.fn(async (options: { buildPath: string; electronVersion: string; arch: string }) => {
    const release = path.join(options.buildPath, 'build', 'Release');
    fs.mkdirSync(release, { recursive: true });
    fs.writeFileSync(path.join(release, 'better_sqlite3.node'), `Electron ${options.electronVersion} ${options.arch}`);
  }),
);
vi.mock('@electron/rebuild', () => ({ rebuild }));

const root = path.resolve(__dirname, '../../..');
const { default: beforePack } = (await import(path.join(root, config.beforePack as string))) as {
  default: (context: unknown) => Promise<void>;
};

function project(): string {
  const projectDir = tempDir();
  const module = path.join(projectDir, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(module, { recursive: true });
  fs.writeFileSync(path.join(module, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  return projectDir;
}

const context = (projectDir: string, arch: Arch, electronPlatformName = process.platform) => ({
  packager: { projectDir, info: { framework: { version: '41.7.1' } } },
  electronPlatformName,
  arch,
});

describe('beforePack hook', () => {
  it('builds better-sqlite3 for the Electron version and architecture being packaged', async () => {
    const projectDir = project();
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await beforePack(context(projectDir, Arch.arm64));
    await beforePack(context(projectDir, Arch.x64));
    expect(rebuild.mock.calls.map(([options]) => [options.electronVersion, options.arch])).toEqual([
      ['41.7.1', 'arm64'],
      ['41.7.1', 'x64'],
    ]);
    for (const arch of ['arm64', 'x64']) {
      const binding = path.join(electronNativeDir(projectDir, process.platform, arch), BINDING_FILE);
      expect(fs.readFileSync(binding, 'utf8')).toBe(`Electron 41.7.1 ${arch}`);
    }
  });

  it('stops the build rather than ship a module built for another OS', async () => {
    const other = process.platform === 'win32' ? 'darwin' : 'win32';
    await expect(beforePack(context(project(), Arch.x64, other))).rejects.toThrow(`cannot be built for ${other}`);
  });
});
