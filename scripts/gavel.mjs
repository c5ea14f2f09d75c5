// `npm run gavel -- …`: the CLI from the checkout, bundled (rebuilt only when a source changed) so a
// call starts as fast as the installed command rather than compiling TypeScript each time.
import { spawn } from 'node:child_process';
import { ensureCliBundle } from './cli-bundle.mjs';

const bundle = await ensureCliBundle();
const child = spawn(process.execPath, ['--enable-source-maps', bundle, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exitCode = code ?? 1;
});
