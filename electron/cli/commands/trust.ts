// gavel estimate | plan: the judge's true rate over a whole dataset (PPI++ from its verdicts and a
// random sample of expert labels), and how many random labels a chosen interval width needs.
import type { Command } from 'commander';
import type { RateWithInterval, TrustEstimate, TrustPlan } from '../../../shared/trust';
import type { GlobalOptions } from '../program';
import { findDataset } from '../resolve';
import { numberOption, wholeOption } from '../number-option';
import { coreFor, unwrap } from '../workspace-option';

interface TrustOptions {
  judge: string;
  version?: number;
  dataset: string;
  reviewer?: string;
}

/** The options both commands share. */
function trustCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .requiredOption('--judge <name>', 'judge')
    .option('--version <n>', 'judge version (default: the newest with verdicts)', wholeOption('--version', 1))
    .requiredOption('--dataset <id|name>', 'the dataset the estimate speaks for')
    .option('--reviewer <name>', "this reviewer's labels (default: the consensus)");
}

async function callTrust<T>(
  command: Command,
  options: TrustOptions,
  call: (core: Awaited<ReturnType<typeof coreFor>>, query: TrustOptions & { datasetId: number }) => Promise<T>,
): Promise<T> {
  const core = await coreFor(command.optsWithGlobals<GlobalOptions>());
  try {
    const datasetId = (await findDataset(core, options.dataset)).id;
    return await call(core, { ...options, datasetId });
  } finally {
    await core.close();
  }
}

const points = (rate: RateWithInterval) =>
  `${rate.value.toFixed(3)} [${rate.ci[0].toFixed(3)}, ${rate.ci[1].toFixed(3)}]`;

function printEstimate(e: TrustEstimate): void {
  console.log(`${e.judge} v${e.version} on ${e.dataset}: ${e.items} judged items, ${e.labelled} with an expert label`);
  console.log(`  estimate (PPI++, λ ${e.estimate.lambda.toFixed(3)}): ${points(e.estimate)}`);
  console.log(`  judge alone:  ${points(e.judge_rate)}`);
  console.log(`  labels alone: ${points(e.labelled_rate)} from ${e.labels_used} labels`);
  for (const { reason, count } of e.labels_excluded) console.log(`  left out: ${count} labels, ${reason}`);
}

export function registerTrust(program: Command): void {
  trustCommand(
    program,
    'estimate',
    "a judge's true rate over a whole dataset from its verdicts and random expert labels",
  ).action(async (options: TrustOptions, command: Command) => {
    const estimate = await callTrust(
      command,
      options,
      async (core, query) => unwrap(await core.call('calibration.estimate', query)) as TrustEstimate,
    );
    if (command.optsWithGlobals<GlobalOptions>().json) console.log(JSON.stringify(estimate));
    else printEstimate(estimate);
  });

  trustCommand(program, 'plan', 'how many randomly sampled labels give the estimate an interval of a chosen half-width')
    .requiredOption(
      '--half-width <w>',
      'the half-width wanted (0.03 for ±3 points of a pass rate)',
      numberOption('--half-width', (n) => n > 0, 'a number above 0'),
    )
    .action(async (options: TrustOptions & { halfWidth: number }, command: Command) => {
      const plan = await callTrust(
        command,
        options,
        async (core, query) =>
          unwrap(await core.call('calibration.plan', { ...query, halfWidth: options.halfWidth })) as TrustPlan,
      );
      if (command.optsWithGlobals<GlobalOptions>().json) return console.log(JSON.stringify(plan));
      console.log(
        plan.more_labels === null
          ? `No number of labels gives ±${plan.half_width} with ${plan.judge} v${plan.version} on ${plan.dataset}.`
          : `Label ${plan.more_labels} more at random (${plan.labels_needed} in all) for ±${plan.half_width}; ` +
              `labels alone would need ${plan.labels_alone_needed}. Now: ±${plan.current_half_width.toFixed(3)} from ${plan.labels_used} labels.`,
      );
    });
}
