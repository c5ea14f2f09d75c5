// gavel align --judge <name>: the alignment search. The judge's labelled items are split once into
// development and sealed test parts; guideline edits and few-shot sets drawn from development make
// candidate versions; the best on development alone is run on the sealed test, and it becomes the
// judge's current version only when the improvement's interval is above zero.
import { createInterface } from 'node:readline/promises';
import { type Command, Option } from 'commander';
import type { AlignSearchView } from '../../../shared/align';
import type { AlignSearchEstimate } from '../../../shared/align-search';
import type { Input } from '../../../shared/contract';
import { PROVIDER_KINDS, type ProviderKind } from '../../../shared/judging';
import type { Core } from '../../core/service';
import { numberOption, wholeOption } from '../number-option';
import type { GlobalOptions } from '../program';
import { providerFromFlags } from '../provider-options';
import { EXIT_CODES } from '../run-outcome';
import { CliError, coreFor, unwrap } from '../workspace-option';
import { waitForRuns } from './calibrate';
import { statsJson } from './stats';

interface AlignOptions {
  judge?: string;
  version?: number;
  reviewer?: string;
  budget?: number;
  seed: number;
  acceptedOnly?: boolean;
  testShare?: number;
  provider?: ProviderKind;
  providerId?: string;
  model?: string;
  baseUrl?: string;
  region?: string;
  withoutModel?: boolean;
  yes?: boolean;
  dryRun?: boolean;
  resume?: number;
}

/**
 * Adds the search to `gavel align`, as its default subcommand: `gavel align --judge x` runs it (so
 * does `gavel align search --judge x`), while `gavel align themes --judge x` stays the subcommand's.
 */
export function registerAlignSearch(program: Command): void {
  const align = program.commands.find((command) => command.name() === 'align') ?? program.command('align');
  align
    .command('search', { isDefault: true })
    .description('search for a better version on development items, then test the best once on sealed items')
    .option('--judge <name>', 'judge to align')
    .option('--version <n>', 'version to improve (default: the newest with verdicts)', wholeOption('--version', 1))
    .option('--reviewer <name>', "align to this reviewer's labels (default: the consensus)")
    .option(
      '--budget <usd>',
      'pause before a run would take the spending over this many US dollars',
      numberOption('--budget', (n) => n >= 0, 'a number of US dollars ≥ 0'),
    )
    .option('--seed <n>', 'seed of the split and the intervals', wholeOption('--seed', 0), 1)
    .option('--accepted-only', 'try only guidelines an expert accepted (default: every one not rejected)')
    .option(
      '--test-share <share>',
      'share of the labelled items sealed for the final test, when the split is first fixed (0.05 to 0.9; default 0.3)',
      numberOption('--test-share', (n) => n >= 0.05 && n <= 0.9, 'a share from 0.05 to 0.9'),
    )
    .addOption(new Option('--provider <kind>', 'group failures with this provider kind').choices(PROVIDER_KINDS))
    .option('--provider-id <id>', 'name of the provider configuration to use or create (default: the kind)')
    .option('--model <id>', "group failures with this model (default: the judge's own)")
    .option('--base-url <url>', 'base URL of an OpenAI-compatible server')
    .option('--region <region>', 'AWS region for Bedrock')
    .option('--without-model', 'group failures by audit tags and rationale keywords, asking no model')
    .option('--yes', 'start without asking (required when not in a terminal)')
    .option('--dry-run', 'only print what the search would cost')
    .option('--resume <id>', 'continue a paused search', wholeOption('--resume', 1))
    .action(async (options: AlignOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const json = globals.json === true;
      if (options.judge === undefined && options.resume === undefined) {
        throw new CliError('give --judge <name> to start a search, or --resume <id> to continue one');
      }
      const core = await coreFor(globals);
      try {
        const started =
          options.resume === undefined ? await startSearch(core, options, json) : await resumeSearch(core, options);
        if (!started) return;
        const view = await follow(core, started, json);
        if (json) console.log(JSON.stringify(searchJson(view)));
        else print(view);
        process.exitCode =
          view.status === 'done'
            ? EXIT_CODES.ok
            : view.status === 'failed'
              ? EXIT_CODES.endedWithErrors
              : EXIT_CODES.stopped;
      } finally {
        await core.close();
      }
    });
}

type Started = { search: AlignSearchView | null; pending: number[] };

async function startSearch(core: Core, options: AlignOptions, json: boolean): Promise<Started | null> {
  const provider = options.provider
    ? (await providerFromFlags(core, { ...options, provider: options.provider })).id
    : undefined;
  const input: Input<'align.start'> = {
    judge: options.judge,
    version: options.version,
    reviewer: options.reviewer,
    seed: options.seed,
    testShare: options.testShare,
    budget: options.budget,
    acceptedOnly: options.acceptedOnly === true,
    provider,
    model: options.model,
    withoutModel: options.withoutModel === true,
  };
  const { estimate } = unwrap(await core.call('align.start', { ...input, dryRun: true }));
  if (options.dryRun) {
    console.log(json ? JSON.stringify(estimateJson(estimate!)) : estimateText(estimate!));
    return null;
  }
  if (!options.yes) {
    process.stderr.write(`${estimateText(estimate!)}\n`);
    if (!process.stdin.isTTY || !process.stderr.isTTY) {
      throw new CliError('not started: pass --yes to run the search (or --dry-run to only estimate)');
    }
    const prompt = createInterface({ input: process.stdin, output: process.stderr });
    const answer = await prompt.question('Start the search? [y/N] ');
    prompt.close();
    if (!/^y(es)?$/i.test(answer.trim())) throw new CliError('not started');
  }
  return unwrap(await core.call('align.start', input));
}

async function resumeSearch(core: Core, options: AlignOptions): Promise<Started> {
  return unwrap(await core.call('align.start', { resume: options.resume, budget: options.budget }));
}

/** Waits for each batch of runs and moves the search on, until it ends or stops (budget, Ctrl-C). */
async function follow(core: Core, started: Started, json: boolean): Promise<AlignSearchView> {
  const id = started.search!.id;
  // Whoever watches learns the id at once: a search stopped by anything, a kill included, resumes by it.
  if (process.stderr.isTTY)
    process.stderr.write(`Alignment search #${id}: \`gavel align --resume ${id}\` continues it.\n`);
  let pending = started.pending;
  while (pending.length > 0) {
    const runs = await waitForRuns(core, pending, json, `align #${id}`);
    // A run paused by Ctrl-C stays paused: `gavel align --resume` goes on.
    if (runs.some((run) => run.status !== 'done' && run.status !== 'failed')) break;
    pending = unwrap(await core.call('align.start', { resume: id })).pending;
  }
  return unwrap(await core.call('align.get', { id }));
}

function estimateJson(estimate: AlignSearchEstimate) {
  return {
    judge: estimate.judge,
    from_version: estimate.fromVersion,
    dev_items: estimate.devItems,
    test_items: estimate.testItems,
    failures: estimate.failures,
    candidates: estimate.candidates,
    estimate: { themes: estimate.themes, runs: estimate.runs, total: estimate.total },
    warning: estimate.warning,
  };
}

const usd = (value: number | null) => (value === null ? 'unknown (no price for the model)' : `$${value.toFixed(4)}`);

function estimateText(estimate: AlignSearchEstimate): string {
  return (
    `Aligning ${estimate.judge} v${estimate.fromVersion}: ${estimate.devItems} development items ` +
    `(${estimate.failures} failures), ${estimate.testItems} sealed test items, about ${estimate.candidates} candidates.\n` +
    `Estimated cost: ${usd(estimate.total)} (themes ${usd(estimate.themes)}, runs ${usd(estimate.runs)}).` +
    (estimate.warning ? `\nWarning: ${estimate.warning}` : '')
  );
}

function searchJson(view: AlignSearchView) {
  const test = view.test && {
    items: view.test.items,
    before: view.test.before && statsJson(view.test.before),
    after: view.test.after && statsJson(view.test.after),
    difference: view.test.difference,
    p_value: view.test.p_value,
  };
  return {
    judge: view.judge,
    from_version: view.from_version,
    to_version: view.to_version,
    themes: view.themes,
    candidates: view.candidates,
    test,
    promoted: view.promoted,
    cost: view.cost,
    status: view.status,
    message: view.message,
    tried: view.tried,
  };
}

function print(view: AlignSearchView): void {
  console.log(
    `Alignment search #${view.id} of ${view.judge} v${view.from_version}: ${view.status}` +
      `${view.to_version === null ? '' : `, best candidate v${view.to_version}`}.`,
  );
  for (const theme of view.themes) console.log(`  theme "${theme.theme}": ${theme.items.join(', ')}`);
  console.log(`  tried ${view.candidates} candidates:`);
  for (const line of view.tried) console.log(`    ${line}`);
  if (view.test?.difference.value != null) {
    const [low, high] = view.test.difference.ci;
    console.log(
      `  sealed test (${view.test.items.length} items): agreement ${view.test.difference.value >= 0 ? '+' : ''}${view.test.difference.value.toFixed(3)} ` +
        `(95% CI ${low?.toFixed(3)} to ${high?.toFixed(3)}), p = ${view.test.p_value?.toPrecision(3)}`,
    );
  }
  if (view.message) console.log(`  ${view.message}`);
  console.log(`  cost ${usd(view.cost)}`);
}
