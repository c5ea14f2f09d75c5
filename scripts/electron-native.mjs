// An Electron build of better-sqlite3 kept aside, in node_modules/.cache/gavel-electron-native/,
// so node_modules/better-sqlite3 stays built for Node (tests, CLI, browser mode). `npm start` and the Electron smoke test load it through better-sqlite3's
// `nativeBinding` option; packaging (build/before-pack.mjs) ships it. It is rebuilt with
// @electron/rebuild only when missing or stale: another Electron or better-sqlite3 version.
import fs from 'node:fs';
import path from 'node:path';

export const CACHE_DIR = 'node_modules/.cache/gavel-electron-native';
export const BINDING_FILE = 'better_sqlite3.node';

/** The folder holding the Electron build for one platform and architecture. */
export function electronNativeDir(root, platform, arch) {
  return path.join(root, ...CACHE_DIR.split('/'), `${platform}-${arch}`);
}

async function electronRebuild(options) {
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(options);
}

/**
 * The path of better_sqlite3.node built for `electronVersion`, built first when the cache has none
 * for this Electron and better-sqlite3 (types in electron-native.d.mts).
 */
export async function ensureElectronNative({
  root,
  electronVersion,
  platform = process.platform,
  arch = process.arch,
  rebuild = electronRebuild,
  log = console.log,
}) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const dir = electronNativeDir(root, platform, arch);
  const binding = path.join(dir, BINDING_FILE);
  const stampFile = path.join(dir, 'build.json');
  const { version } = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
  const stamp = JSON.stringify({ electron: electronVersion, betterSqlite3: version });
  if (fs.existsSync(binding) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) {
    return binding;
  }
  if (platform !== process.platform) {
    throw new Error(
      `better-sqlite3 cannot be built for ${platform} on ${process.platform}: build on a ${platform} machine.`,
    );
  }

  log(`Building better-sqlite3 ${version} for Electron ${electronVersion} (${platform}-${arch}) in ${dir}`);
  const work = path.join(dir, 'work');
  const copy = path.join(work, 'better-sqlite3');
  fs.rmSync(work, { recursive: true, force: true });
  // A copy without its Node build: the rebuild must not touch node_modules/better-sqlite3 itself.
  fs.cpSync(source, copy, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  try {
    // projectRootPath keeps @electron/rebuild from walking up into the project's own node_modules;
    // onlyModules [] leaves just the copy itself (buildPath) to build.
    await rebuild({
      buildPath: copy,
      projectRootPath: work,
      electronVersion,
      platform,
      arch,
      onlyModules: [],
      force: true,
    });
    fs.copyFileSync(path.join(copy, 'build', 'Release', BINDING_FILE), binding);
    // Written last: a build interrupted before this point is redone next time.
    fs.writeFileSync(stampFile, stamp);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return binding;
}
