// Packaging with electron-builder: `npm run dist` (electron-vite build, then this configuration).
// Installers: AppImage and deb for Linux, dmg for macOS (arm64 and x64), nsis for Windows, each
// built on its own OS (.github/workflows/installers.yml): native modules are not cross-compiled.
import type { Configuration } from 'electron-builder';
import { PACKAGED_NATIVE_BINDING } from './electron/shell/launch-options';
import { BINDING_FILE, CACHE_DIR } from './scripts/electron-native.mjs';

const config: Configuration = {
  appId: 'app.gavel.desktop',
  productName: 'Gavel',
  directories: { buildResources: 'build', output: 'dist' },

  // Only the build output (and package.json plus the production node_modules, which electron-builder
  // always adds): no sources, tests, scripts or source maps, in the app or its dependencies.
  files: [
    'out/**/*',
    '!**/*.{map,ts,tsx,mts,cts}',
    '!**/node_modules/*/{test,tests,__tests__,example,examples,docs}/**',
    '!**/node_modules/*/{CHANGELOG,README}.md',
    // better-sqlite3's Node build and C sources: the app loads the Electron build below instead.
    '!**/node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  asar: true,
  // Node cannot load a native addon from inside the asar archive.
  asarUnpack: ['**/*.node'],

  // node_modules/better-sqlite3 stays built for Node (tests, CLI); the beforePack hook makes the
  // Electron build for the architecture being packaged, and it ships beside the archive, where
  // main.ts points better-sqlite3's nativeBinding option (launch-options.ts).
  npmRebuild: false,
  beforePack: './build/before-pack.mjs',
  extraResources: [
    {
      // electron-builder expands the macros: the folder electronNativeDir() names for this build.
      from: [CACHE_DIR, '${platform}-${arch}', BINDING_FILE].join('/'),
      to: PACKAGED_NATIVE_BINDING,
    },
  ],

  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    // The renderer is served from gavel-app://, never file://.
    grantFileProtocolExtraPrivileges: false,
  },

  fileAssociations: [
    {
      ext: 'gavel',
      name: 'Gavel Workspace',
      description: 'Gavel workspace',
      mimeType: 'application/x-gavel-workspace',
      role: 'Editor',
      rank: 'Owner',
    },
  ],

  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    category: 'public.app-category.developer-tools',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Development',
    executableName: 'gavel',
    synopsis: 'Human + AI review of LLM outputs',
  },
  publish: null,
};

export default config;
