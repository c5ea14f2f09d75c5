// gavel links: the reviewers holding a browser-mode link, and ending one (also while `serve` runs).
import type { Command } from 'commander';
import type { GlobalOptions } from '../program';
import { coreFor, unwrap } from '../workspace-option';

export function registerLinks(program: Command): void {
  const links = program.command('links').description("reviewers' browser-mode links (made by serve --reviewers)");

  links
    .command('list')
    .description('list the reviewers holding a live link')
    .action(async (_options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const live = unwrap(await core.call('access.list', {}));
        if (globals.json) console.log(JSON.stringify(live));
        else if (live.length === 0)
          console.log('No reviewer holds a link. Make one with: gavel serve --reviewers <name>');
        else
          for (const link of live)
            console.log(`${link.reviewer}  since ${link.createdAt}  sessions: ${link.sessions.join(', ') || 'none'}`);
      } finally {
        await core.close();
      }
    });

  links
    .command('revoke <reviewer>')
    .description("end a reviewer's link at once (their labels stay)")
    .action(async (reviewer: string, _options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const revoked = unwrap(await core.call('access.revoke', { reviewer }));
        console.log(globals.json ? JSON.stringify(revoked) : `Revoked ${reviewer}'s link.`);
      } finally {
        await core.close();
      }
    });
}
