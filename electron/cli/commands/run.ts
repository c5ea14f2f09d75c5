// gavel run / resume / retry-errors / runs: evaluation runs from the command line.
import type { Command } from 'commander';
import type { RunEstimate, RunSummary } from '../../../shared/contract';
import type { GavelEvent } from '../../../shared/contract';
import type { Core } from '../../core/service';
import type { GlobalOptions } from '../program';
import { addProviderOptions, providerFromFlags, type ProviderFlags } from '../provider-options';
import { findDataset, judgeVersionFor } from '../resolve';
import { describeHolder } from '../../runner/run-lease';
import { runsExitCode, shortfall } from '../run-outcome';
import { waitNote } from '../progress-note';
import { CliError, coreFor, unwrap } from '../workspace-option';

interface RunOptions extends ProviderFlags {
  dataset: string;
  judge: string;
  limit?: number;
  sample?: number;
  seed: number;
  dryRun?: boolean;
  name?: string;
  onlyComplete?: boolean;
}

export function registerRun(program: Command): void {
  addProviderOptions(
    program
      .command('run')
      .description('run judges over a dataset')
      .requiredOption('--dataset <id|name>', 'dataset to judge')
      .requiredOption('--judge <name[,name...]>', 'judges by name; a built-in template name creates that judge'),
  )
    .option('--limit <n>', 'only the first N items', wholeNumber('--limit'))
    .option('--sample <n>', 'a random sample of N items', wholeNumber('--sample'))
    .option('--seed <n>', 'seed of the random sample', wholeNumber('--seed'), 1)
    .option('--name <name>', 'name of the run')
    .option(
      '--only-complete',
      'judge only the items that have every field the judges need (else such a run is refused)',
    )
    .option('--dry-run', 'print the estimate and call nothing')
    .action(async (options: RunOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      await withCore(globals, async (core) => {
        const dataset = await findDataset(core, options.dataset);
        const provider = await providerFromFlags(core, options);
        const judgeVersionIds: number[] = [];
        for (const name of options.judge
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)) {
          judgeVersionIds.push(await judgeVersionFor(core, name, provider, options.model));
        }
        const selection =
          options.sample !== undefined
            ? { kind: 'sample' as const, size: options.sample, seed: options.seed }
            : options.limit !== undefined
              ? { kind: 'first' as const, size: options.limit }
              : { kind: 'all' as const };
        const plan = { datasetId: dataset.id, judgeVersionIds, selection, onlyComplete: options.onlyComplete === true };
        if (options.dryRun) {
          printEstimate(unwrap(await core.call('runs.estimate', plan)), globals.json === true);
          return;
        }
        const started = unwrap(await core.call('runs.start', { ...plan, name: options.name }));
        await finish(core, started.id, globals.json === true);
      });
    });

  program
    .command('resume')
    .description('resume a run: calls only what did not finish')
    .argument('<run>', 'run id', wholeNumber('run'))
    .action(async (runId: number, _options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      await withCore(globals, async (core) => {
        unwrap(await core.call('runs.resume', { id: runId }));
        await finish(core, runId, globals.json === true);
      });
    });

  program
    .command('retry-errors')
    .description('re-run only the failed judgments of a run')
    .argument('<run>', 'run id', wholeNumber('run'))
    .action(async (runId: number, _options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      await withCore(globals, async (core) => {
        unwrap(await core.call('runs.retryErrors', { id: runId }));
        await finish(core, runId, globals.json === true);
      });
    });

  program
    .command('runs')
    .description('list runs')
    .option('--dataset <id|name>', 'only runs of this dataset')
    .action(async (options: { dataset?: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      await withCore(globals, async (core) => {
        const datasetId = options.dataset ? (await findDataset(core, options.dataset)).id : undefined;
        const runs = unwrap(await core.call('runs.list', { datasetId }));
        if (globals.json) return console.log(JSON.stringify(runs.map(runJson)));
        if (runs.length === 0) return console.log('No runs yet.');
        for (const run of runs) {
          const judges = run.judges.map((j) => `${j.judge} v${j.version}`).join(', ');
          console.log(
            `#${run.id}  ${run.status.padEnd(11)}  ${run.done}/${run.total} done, ${run.errors} errors, ` +
              `$${run.cost.toFixed(4)}  ${run.dataset}  [${judges}]${whereItRuns(run)}`,
          );
          if (run.message) console.log(`      ${run.message}`);
        }
      });
    });
}

async function withCore(globals: GlobalOptions, work: (core: Core) => Promise<void>): Promise<void> {
  const core = await coreFor(globals);
  try {
    await work(core);
  } finally {
    await core.close();
  }
}

function whereItRuns(run: RunSummary): string {
  if (run.holder) return `  (executed by ${describeHolder(run.holder)})`;
  return run.status === 'interrupted' ? `  (its process stopped: \`gavel resume ${run.id}\`)` : '';
}

/**
 * Waits for the run, showing progress on stderr; Ctrl-C pauses it so `resume` can pick it up.
 * Prints the summary in any case, then exits non-zero unless every judgment is done (run-outcome.ts).
 */
async function finish(core: Core, runId: number, json: boolean): Promise<void> {
  const interactive = process.stderr.isTTY && !json;
  const unsubscribe = core.subscribe((event: GavelEvent) => {
    if (!interactive || event.type !== 'run.progress' || event.progress.runId !== runId) return;
    const p = event.progress;
    const eta = p.etaSeconds === null ? '' : `, ~${Math.ceil(p.etaSeconds)} s left`;
    process.stderr.write(
      `\r${p.done + p.errors}/${p.total} (${p.errors} errors), $${p.cost.toFixed(4)}${eta}${waitNote(p)}   `,
    );
  });
  const pause = () => void core.call('runs.pause', { id: runId });
  process.once('SIGINT', pause);
  try {
    const run = await core.runner.wait(runId);
    if (interactive) process.stderr.write('\n');
    if (json) console.log(JSON.stringify({ run: runJson(run) }));
    else
      console.log(
        `Run #${run.id} ${run.status}: ${run.done}/${run.total} judgments done, ${run.errors} errors; ` +
          `${run.inputTokens} input + ${run.outputTokens} output tokens, $${run.cost.toFixed(4)}.`,
      );
    const reason = shortfall(run);
    if (reason) console.error(`gavel: ${reason}`);
    process.exitCode = runsExitCode([run]);
  } finally {
    process.removeListener('SIGINT', pause);
    unsubscribe();
  }
}

function runJson(run: RunSummary) {
  return {
    id: run.id,
    status: run.status,
    message: run.message,
    judgments: { done: run.done, error: run.errors, total: run.total },
    first_error: run.firstError,
    holder: run.holder,
    tokens: { input: run.inputTokens, output: run.outputTokens },
    cost: run.cost,
  };
}

function printEstimate(estimate: RunEstimate, json: boolean): void {
  if (json) return console.log(JSON.stringify({ estimate }));
  const unpriced = estimate.unpricedModels.length > 0 ? ` (no price for ${estimate.unpricedModels.join(', ')})` : '';
  console.log(
    `Would run ${estimate.judgments} judgments: ${estimate.requests} requests (${estimate.cached} answered from the cache), ` +
      `~${estimate.inputTokens} input + ~${estimate.outputTokens} output tokens, ~$${estimate.cost.toFixed(4)}${unpriced}.`,
  );
  for (const gap of estimate.missingFields) {
    console.log(`${gap.judge} needs ${gap.field}, which ${gap.items} selected items lack.`);
  }
  if (estimate.missingFields.length > 0) {
    console.log(`Only ${estimate.completeItems} items have every field: start it with --only-complete to judge those.`);
  }
}

function wholeNumber(flag: string) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new CliError(`${flag} ${value}: expected a whole number`);
    return n;
  };
}
