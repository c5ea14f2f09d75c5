// gavel serve: browser mode on this workspace until interrupted.
import type { Command } from 'commander';
import { createUploadStore } from '../../core/uploads';
import { startBrowserServer } from '../../server/browser-server';
import { rendererDir } from '../../server/renderer-dir';
import type { GlobalOptions } from '../program';
import { CliError, coreFor } from '../workspace-option';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the app to a browser (binds 127.0.0.1 unless --host is given)')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 0)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (options: { port: number; host: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const uploads = createUploadStore();
      const core = await coreFor(globals, uploads);
      const server = await startBrowserServer({
        core,
        uploads,
        staticDir: rendererDir(),
        host: options.host,
        port: options.port,
      });
      if (globals.json) console.log(JSON.stringify({ url: server.url, workspace: core.workspace.path }));
      else console.log(`Gavel browser mode on ${core.workspace.path}\nOpen ${server.url}`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      await core.close();
      uploads.dispose();
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port ${value}: expected 0–65535`);
  return port;
}
