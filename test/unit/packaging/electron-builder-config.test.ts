// The electron-builder configuration, loaded as electron-builder loads it and checked with its own
// schema and file matcher: targets, the native-module plan, fuses, and what the package leaves out.
import fs from 'node:fs';
import path from 'node:path';
// electron-builder's internals (app-builder-lib comes with it): the same validation and matching it runs.
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { FileSet } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import config from '../../../electron-builder.config';
import { PACKAGED_NATIVE_BINDING } from '../../../electron/shell/launch-options';
import { BINDING_FILE, electronNativeDir } from '../../../scripts/electron-native.mjs';

const root = path.resolve(__dirname, '../../..');
const patterns = config.files as string[];

/** Whether electron-builder's matcher, given `files`, packs a project-relative path. */
function packs(relative: string, matcherPatterns = patterns): boolean {
  const filter = new FileMatcher(root, '/app', (text: string) => text, matcherPatterns).createFilter();
  return filter(path.join(root, relative), { isDirectory: () => false } as never);
}
/** The same for node_modules, which electron-builder filters with the exclusions only. */
const packsDependency = (relative: string) =>
  packs(relative, ['**/*', ...patterns.filter((pattern) => pattern.startsWith('!'))]);

describe('electron-builder configuration', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined } as never)).resolves.toBe(
      undefined,
    );
  });

  it('builds AppImage and deb for Linux, dmg for macOS on arm64 and x64, nsis for Windows', () => {
    expect(config.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ]);
    expect(config.mac?.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  });

  it('takes its icons from build/, a 1024 px PNG it derives the others from', () => {
    expect(config.directories?.buildResources).toBe('build');
    const png = fs.readFileSync(path.join(root, 'build/icon.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const linux = fs.readFileSync(path.join(root, 'build/icons/512x512.png'));
    expect([linux.readUInt32BE(16), linux.readUInt32BE(20)]).toEqual([512, 512]);
  });

  it('rebuilds better-sqlite3 for Electron in a beforePack hook, not with npm rebuild', async () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.beforePack).toBe('./build/before-pack.mjs');
    const hook = (await import(path.join(root, config.beforePack as string))) as { default: unknown };
    expect(hook.default).toBeTypeOf('function');
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it("ships the hook's Electron build where the app loads it from", () => {
    const [resource] = config.extraResources as FileSet[];
    const expand = (text: string, arch: string) =>
      text.replace('${platform}', process.platform).replace('${arch}', arch);
    for (const arch of ['x64', 'arm64']) {
      expect(path.resolve(root, expand(resource!.from!, arch))).toBe(
        path.join(electronNativeDir(root, process.platform, arch), BINDING_FILE),
      );
    }
    expect(resource!.to).toBe(PACKAGED_NATIVE_BINDING);
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspector, asar only and verified', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('packs the build output and leaves out sources, tests, scripts and source maps', () => {
    for (const file of ['out/main/main.js', 'out/main/cli.js', 'out/preload/preload.cjs', 'out/renderer/index.html']) {
      expect(packs(file), file).toBe(true);
    }
    for (const file of [
      'electron/shell/main.ts',
      'electron/core/service.ts',
      'renderer/src/App.tsx',
      'shared/contract/index.ts',
      'test/unit/shell/window.test.ts',
      'test/fixtures/qa.csv',
      'scripts/start.mjs',
      'build/before-pack.mjs',
      'electron-builder.config.ts',
      'out/main/main.js.map',
      'out/renderer/assets/index.js.map',
      'README.md',
    ]) {
      expect(packs(file), file).toBe(false);
    }
  });

  it("leaves out dependencies' tests, sources and maps, and better-sqlite3's Node build", () => {
    expect(packsDependency('node_modules/zod/index.js')).toBe(true);
    expect(packsDependency('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    for (const file of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/openai/src/index.ts',
      'node_modules/zod/index.js.map',
      'node_modules/some-package/test/fixture.js',
      'node_modules/some-package/__tests__/spec.js',
    ]) {
      expect(packsDependency(file), file).toBe(false);
    }
  });

  it('associates .gavel workspaces with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'gavel', role: 'Editor' })]);
  });

  it('signs macOS builds with the hardened runtime and JIT as its only exception', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    const entitlements = fs.readFileSync(path.join(root, 'build/entitlements.mac.plist'), 'utf8');
    expect([...entitlements.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ]);
  });
});
