// electron-builder's beforePack hook: the Electron build of better-sqlite3 for the architecture
// being packaged, from the cache scripts/electron-native.mjs keeps (built with @electron/rebuild
// when missing). electron-builder.config.ts copies it into the app's resources; npmRebuild is off,
// so node_modules/better-sqlite3 itself stays built for Node.
import { Arch } from 'electron-builder';
import { ensureElectronNative } from '../scripts/electron-native.mjs';

/** @param {import('electron-builder').BeforePackContext} context */
export default async function beforePack(context) {
  await ensureElectronNative({
    root: context.packager.projectDir,
    electronVersion: context.packager.info.framework.version,
    platform: context.electronPlatformName,
    arch: Arch[context.arch],
  });
}
