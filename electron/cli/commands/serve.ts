// gavel serve: browser mode on this workspace until interrupted. Prints the owner's link, and one
// link per reviewer invited with --reviewers.
import type { Command } from 'commander';
import type { Invitation } from '../../../shared/contract';
import { createUploadStore, removeStaleUploads } from '../../core/uploads';
// Static: it finds the renderer from where its own code lies, which a lazily loaded chunk would move.
import { rendererDir } from '../../server/renderer-dir';
import { splitList } from '../lists';
import type { GlobalOptions } from '../program';
import { CliError, coreFor, unwrap } from '../workspace-option';

interface ServeOptions {
  port: number;
  host: string;
  reviewers?: string;
  share?: string;
  maxUploadMb: number;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the app to a browser (binds 127.0.0.1 unless --host is given)')
    .option('--port <n>', 'port (0 picks a free one)', parsePort, 0)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option(
      '--reviewers <name[,name...]>',
      "print a link for each reviewer (a new link replaces the reviewer's earlier one)",
    )
    .option('--share <session[,session...]>', 'session ids the invited reviewers are assigned to')
    .option('--max-upload-mb <n>', 'largest file a browser may upload', parseMegabytes, 1024)
    .action(async (options: ServeOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const sessionIds = options.share ? splitList(options.share).map(parseSessionId) : [];
      const stale = removeStaleUploads();
      const uploads = createUploadStore({ maxBytes: options.maxUploadMb * 1024 * 1024 });
      const core = await coreFor(globals, uploads);
      const invitations: Invitation[] = [];
      try {
        for (const reviewer of options.reviewers ? splitList(options.reviewers) : []) {
          invitations.push(unwrap(await core.call('access.invite', { reviewer, sessionIds })));
        }
      } catch (error) {
        await core.close();
        uploads.dispose();
        throw error;
      }
      // The HTTP server's code and libraries load only for this command.
      const { startBrowserServer } = await import('../../server/browser-server');
      const server = await startBrowserServer({
        core,
        uploads,
        staticDir: rendererDir(),
        host: options.host,
        port: options.port,
      });
      const reviewerLinks = invitations.map(({ reviewer, token }) => ({ reviewer, url: server.linkFor(token) }));

      if (globals.json) {
        console.log(JSON.stringify({ url: server.url, workspace: core.workspace.path, reviewers: reviewerLinks }));
      } else {
        console.log(`Gavel browser mode on ${core.workspace.path}`);
        if (stale > 0) console.log(`Removed ${stale} upload(s) left over from an earlier run.`);
        console.log(`Owner (full rights): ${server.url}`);
        for (const link of reviewerLinks) console.log(`Reviewer ${link.reviewer}: ${link.url}`);
      }
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

function parseMegabytes(value: string): number {
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0)
    throw new CliError(`--max-upload-mb ${value}: expected a positive number`);
  return megabytes;
}

function parseSessionId(value: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CliError(`--share ${value}: expected session ids such as 1,2`);
  return id;
}
