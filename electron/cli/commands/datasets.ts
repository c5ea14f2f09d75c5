// gavel datasets: list the workspace's datasets.
import type { Command } from 'commander';
import type { GlobalOptions } from '../program';
import { coreFor, unwrap } from '../workspace-option';

export function registerDatasets(program: Command): void {
  program
    .command('datasets')
    .description('list datasets')
    .action(async (_options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const datasets = unwrap(await core.call('datasets.list', {}));
        if (globals.json) {
          console.log(JSON.stringify(datasets.map(({ id, name, items }) => ({ id, name, items }))));
        } else if (datasets.length === 0) {
          console.log('No datasets yet. Import one with: gavel import <file>');
        } else {
          for (const d of datasets) {
            const judges = d.judges.length > 0 ? `  judges: ${d.judges.join(', ')}` : '';
            console.log(
              `#${d.id}  ${d.name}  (${d.items} items${d.sourceFormat ? `, ${d.sourceFormat}` : ''})${judges}`,
            );
          }
        }
      } finally {
        await core.close();
      }
    });
}
