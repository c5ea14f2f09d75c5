// gavel audit: can the judge itself be trusted? Judges a seeded sample again, each item K times
// with the cache bypassed, and reports self-consistency, position bias (pairwise judges) and length
// bias. It spends money, so it prices the audit first and sends nothing without --yes (or a "y" at
// an interactive prompt); --dry-run prints the estimate only.
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { AuditEstimate } from '../../../shared/audit';
import type { GavelEvent, Input } from '../../../shared/contract';
import type { Core } from '../../core/service';
import type { GlobalOptions } from '../program';
import { wholeOption } from '../number-option';
import { addProviderOptions, providerFromFlags, type ProviderFlags } from '../provider-options';
import { describeAudit, describeAuditEstimate } from '../audit-text';
import { findDataset } from '../resolve';
import { CliError, coreFor, unwrap } from '../workspace-option';

interface AuditOptions extends ProviderFlags {
  judge: string;
  version?: number;
  dataset: string;
  repeats: number;
  sample: number;
  seed: number;
  yes?: boolean;
  dryRun?: boolean;
}

export function registerAudit(program: Command): void {
  addProviderOptions(
    program
      .command('audit')
      .description('audit a judge: is it consistent with itself, swayed by position or by length? (calls the model)')
      .requiredOption('--judge <name>', 'judge')
      .option('--version <n>', 'judge version (default: the newest with verdicts)', wholeOption('--version', 1))
      .requiredOption('--dataset <id|name>', 'dataset whose judged items are sampled')
      .requiredOption('--repeats <k>', 'times each sampled item is judged again (at least 2)', repeatsOption)
      .requiredOption('--sample <n>', 'judged items to sample', wholeOption('--sample', 1)),
  )
    .option('--seed <n>', 'seed of the sample', wholeOption('--seed', 0), 1)
    .option('--yes', 'send the requests without asking (needed when not run from a terminal)')
    .option('--dry-run', 'print the cost estimate and send nothing')
    .action(async (options: AuditOptions, command: Command) => {
      const json = command.optsWithGlobals<GlobalOptions>().json === true;
      const core = await coreFor(command.optsWithGlobals<GlobalOptions>());
      try {
        await audit(core, options, json);
      } finally {
        await core.close();
      }
    });
}

function repeatsOption(value: string): number {
  const n = wholeOption('--repeats', 0)(value);
  if (n < 2)
    throw new CliError(`--repeats ${value}: an audit compares repeats of each verdict, so it needs at least 2`);
  return n;
}

async function audit(core: Core, options: AuditOptions, json: boolean): Promise<void> {
  const dataset = await findDataset(core, options.dataset);
  const provider = await providerFromFlags(core, options);
  const request: Input<'trust.audit'> = {
    judge: options.judge,
    version: options.version,
    datasetId: dataset.id,
    repeats: options.repeats,
    sample: options.sample,
    seed: options.seed,
    provider: provider.id,
  };
  const { estimate } = unwrap(await core.call('trust.audit', { ...request, estimateOnly: true }));
  if (options.model && estimate.model !== null && options.model !== estimate.model) {
    // Another model would be another judge: its consistency says nothing about this one.
    throw new CliError(
      `${estimate.judge} v${estimate.version} judges with ${estimate.model}, not ${options.model}: ` +
        'an audit sends the judge version as it is (give its own model)',
    );
  }
  if (json && (options.dryRun || !options.yes)) console.log(JSON.stringify({ estimate }));
  if (!json) console.log(describeAuditEstimate(estimate));
  if (options.dryRun) return;
  if (!options.yes && !(await confirmed(estimate))) {
    console.error(`gavel: nothing was sent. Run again with --yes to send these ${estimate.requests} requests.`);
    process.exitCode = 1;
    return;
  }
  const result = await withProgress(core, json, async () =>
    unwrap(await core.call('trust.audit', { ...request, estimateOnly: false })),
  );
  const found = result.audit!;
  if (json) console.log(JSON.stringify(found));
  else console.log(describeAudit(found));
  if (found.failed > 0) {
    console.error(`gavel: ${found.failed} of the audit's judgments failed; the findings leave them out.`);
    process.exitCode = 1;
  }
}

/** Asks at an interactive terminal; anywhere else (a script, CI) only --yes sends anything. */
async function confirmed(estimate: AuditEstimate): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return false;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await prompt.question(`Send ${estimate.requests} requests (~$${estimate.cost.toFixed(4)})? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    prompt.close();
  }
}

/** Shows the audit's judgments so far on an interactive terminal while `work` runs. */
async function withProgress<T>(core: Core, json: boolean, work: () => Promise<T>): Promise<T> {
  const interactive = process.stderr.isTTY && !json;
  const unsubscribe = core.subscribe((event: GavelEvent) => {
    if (!interactive || event.type !== 'audit.progress') return;
    process.stderr.write(`\r${event.done}/${event.total} judgments, $${event.cost.toFixed(4)}   `);
  });
  try {
    return await work();
  } finally {
    unsubscribe();
    if (interactive) process.stderr.write('\n');
  }
}
