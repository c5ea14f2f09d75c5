// npm start: the Electron app where the Electron runtime is installed; otherwise browser mode on
// the default workspace (the runtime's download needs internet at install time, which not every
// machine has). Extra arguments go to `gavel serve`, e.g. `npm start -- --workspace my.gavel`.
//
// The app runs from electron-vite's dev server (the renderer hot-reloads) with an Electron build of
// better-sqlite3 kept aside (scripts/electron-native.mjs), so node_modules/better-sqlite3 stays built
// for Node and `npm test` keeps working in the same checkout.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVite = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');
// Read by electron/shell/launch-options.ts (NATIVE_BINDING_ENV), in development builds only.
const NATIVE_BINDING_ENV = 'GAVEL_NATIVE_BINDING';

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
    child.on('exit', (code) => resolve(code ?? 0));
  });
}

async function electronNativeBinding() {
  try {
    return await ensureElectronNative({ root, electronVersion: require('electron/package.json').version });
  } catch (error) {
    console.log(`Could not build better-sqlite3 for Electron: ${error.message}`);
    return null;
  }
}

async function browserMode() {
  const built = await run(process.execPath, [electronVite, 'build']);
  if (built !== 0) return built;
  return run(process.execPath, [path.join(root, 'out/main/cli.js'), 'serve', ...process.argv.slice(2)]);
}

const binding = electronBinary() ? await electronNativeBinding() : null;
if (binding) {
  process.exitCode = await run(process.execPath, [electronVite, 'dev'], {
    ...process.env,
    [NATIVE_BINDING_ENV]: binding,
  });
} else {
  console.log(
    electronBinary()
      ? 'The desktop app needs better-sqlite3 built for Electron, which needs internet the first time.\n' +
          'Starting Gavel in browser mode instead; open the URL below in your browser.'
      : 'The Electron runtime is not installed here (it is downloaded at install time, which needs internet).\n' +
          'Starting Gavel in browser mode instead; open the URL below in your browser.\n' +
          'To get the desktop app: run `node node_modules/electron/install.js` on a machine with internet.',
  );
  process.exitCode = await browserMode();
}
