// gavel sessions list | create: labelling sessions.
import type { Command } from 'commander';
import type { GlobalOptions } from '../program';
import { findDataset } from '../resolve';
import { CliError, coreFor, unwrap } from '../workspace-option';
import { splitList } from '../lists';

interface CreateOptions {
  dataset: string;
  judges: string;
  instructions?: string;
  sample?: string;
  stratify?: string;
  hardFirst?: boolean;
  seed: string;
  blind?: boolean;
  rationaleOptional?: boolean;
  reviewers?: string;
}

export function registerSessions(program: Command): void {
  const sessions = program.command('sessions').description('labelling sessions');

  sessions
    .command('list')
    .description('sessions with progress per reviewer')
    .option('--dataset <id|name>', 'only sessions of this dataset')
    .action(async (options: { dataset?: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const datasetId = options.dataset ? (await findDataset(core, options.dataset)).id : undefined;
        const list = unwrap(await core.call('sessions.list', { datasetId }));
        if (globals.json) return console.log(JSON.stringify(list));
        if (list.length === 0) return console.log('No sessions yet.');
        for (const s of list) {
          const progress = s.progress.map((p) => `${p.reviewer} ${p.done}/${p.total}`).join(', ') || 'no reviews yet';
          console.log(
            `#${s.id}  ${s.name}  (${s.dataset}, ${s.items} items, ${s.judges.join(', ')}${s.blind ? ', blind' : ''})  ${progress}`,
          );
        }
      } finally {
        await core.close();
      }
    });

  sessions
    .command('create')
    .description('create a labelling session')
    .argument('<name>')
    .requiredOption('--dataset <id|name>', 'dataset to review')
    .requiredOption('--judges <name[,name...]>', 'judges whose verdicts the reviewers rate')
    .option('--instructions <markdown>', 'instructions shown to the reviewers')
    .option('--sample <n>', 'a random sample of N items')
    .option('--stratify <judge>', "with --sample: an equal share of each of this judge's verdicts")
    .option('--hard-first', 'failed, contested and uncertain verdicts first')
    .option('--seed <n>', 'seed of the sample', '1')
    .option('--blind', "hide the judges' verdicts until the reviewer has rated")
    .option('--rationale-optional', 'allow overrides without a rationale')
    .option('--reviewers <name[,name...]>', 'reviewers expected in this session')
    .action(async (name: string, options: CreateOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const dataset = await findDataset(core, options.dataset);
        const session = unwrap(
          await core.call('sessions.create', {
            name,
            datasetId: dataset.id,
            instructions: options.instructions ?? '',
            judges: splitList(options.judges),
            selection: selection(options),
            blind: options.blind === true,
            requireRationale: options.rationaleOptional !== true,
            reviewers: options.reviewers ? splitList(options.reviewers) : [],
          }),
        );
        if (globals.json) return console.log(JSON.stringify(session));
        console.log(`Created session #${session.id} "${session.name}" with ${session.items} items.`);
      } finally {
        await core.close();
      }
    });
}

function selection(options: CreateOptions) {
  const seed = Number(options.seed);
  const size = options.sample === undefined ? undefined : Number(options.sample);
  if (size !== undefined && (!Number.isInteger(size) || size < 1))
    throw new CliError(`--sample ${options.sample}: expected a whole number ≥ 1`);
  if (options.hardFirst) return { kind: 'hard_first' as const, size };
  if (options.stratify) {
    if (size === undefined) throw new CliError('--stratify needs --sample <n>');
    return { kind: 'stratified' as const, judge: options.stratify, size, seed };
  }
  if (size !== undefined) return { kind: 'sample' as const, size, seed };
  return { kind: 'all' as const };
}
