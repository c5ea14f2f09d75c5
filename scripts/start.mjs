// npm start: the Electron app where the Electron runtime is installed; otherwise browser mode on
// the default workspace (the runtime's download needs internet at install time, which not every
// machine has). Extra arguments go to `gavel serve`, e.g. `npm start -- --workspace my.gavel`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const electronVite = path.join(root, 'node_modules/electron-vite/bin/electron-vite.js');

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
    child.on('exit', (code) => resolve(code ?? 0));
  });
}

if (electronBinary()) {
  process.exitCode = await run(process.execPath, [electronVite, 'dev']);
} else {
  console.log(
    'The Electron runtime is not installed here (it is downloaded at install time, which needs internet).\n' +
      'Starting Gavel in browser mode instead; open the URL below in your browser.\n' +
      'To get the desktop app: run `node node_modules/electron/install.js` on a machine with internet.',
  );
  const built = await run(process.execPath, [electronVite, 'build']);
  if (built !== 0) process.exit(built);
  process.exitCode = await run(process.execPath, [
    path.join(root, 'out/main/cli.js'),
    'serve',
    ...process.argv.slice(2),
  ]);
}
