// gavel calibrate --judge <name>: closes the loop. A new version of the judge with few-shot examples
// (the saved set, else suggestions) is run on labelled items it never saw, and its agreement with the
// humans is compared with the old version's on exactly those items.
import { type Command, Option } from 'commander';
import type { CalibrationView } from '../../../shared/calibration';
import type { GavelEvent, RunSummary } from '../../../shared/contract';
import { PROVIDER_KINDS, type ProviderKind } from '../../../shared/judging';
import type { Core } from '../../core/service';
import type { GlobalOptions } from '../program';
import { providerFromFlags } from '../provider-options';
import { EXIT_CODES, runsExitCode, shortfall } from '../run-outcome';
import { waitNote } from '../progress-note';
import { CliError, coreFor, unwrap } from '../workspace-option';
import { numberOption, wholeOption } from '../number-option';
import { passFailLine, statsJson } from './stats';

interface CalibrateOptions {
  judge: string;
  version?: number;
  reviewer?: string;
  maxExamples: number;
  tokenBudget: number;
  holdout: number;
  seed: number;
  requireAgreement?: number;
  provider?: ProviderKind;
  providerId?: string;
  model?: string;
  baseUrl?: string;
  region?: string;
}

export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description('add few-shot examples to a judge as a new version and measure it on labelled items it never saw')
    .requiredOption('--judge <name>', 'judge')
    .option('--version <n>', 'version to start from (default: the newest with verdicts)', wholeOption('--version', 1))
    .option('--reviewer <name>', "measure against this reviewer's labels (default: the consensus)")
    .option('--max-examples <n>', 'at most this many suggested examples', wholeOption('--max-examples', 1), 5)
    .option('--token-budget <n>', 'token budget of the suggested examples', wholeOption('--token-budget', 100), 2_000)
    .option(
      '--holdout <share>',
      'share of the labelled items fixed aside to measure on, never used as examples (0 to 0.9)',
      numberOption('--holdout', (n) => n >= 0 && n <= 0.9, 'a share from 0 to 0.9'),
      0,
    )
    .option('--seed <n>', 'seed of the hold-out split and the bootstrap intervals', wholeOption('--seed', 0), 1)
    .option(
      '--require-agreement <alpha>',
      "refuse when the experts agree among themselves less than this (Krippendorff's alpha, -1 to 1)",
      numberOption('--require-agreement', (n) => n >= -1 && n <= 1, 'a number from -1 to 1'),
    )
    .addOption(new Option('--provider <kind>', 'run the new version on this provider kind').choices(PROVIDER_KINDS))
    .option('--provider-id <id>', 'name of the provider configuration to use or create (default: the kind)')
    .option('--model <id>', 'run the new version on this model')
    .option('--base-url <url>', 'base URL of an OpenAI-compatible server')
    .option('--region <region>', 'AWS region for Bedrock')
    .action(async (options: CalibrateOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      if (options.provider === 'heuristic') throw new CliError('--provider heuristic: calibration needs a model');
      const core = await coreFor(globals);
      try {
        const provider = options.provider
          ? (await providerFromFlags(core, { ...options, provider: options.provider })).id
          : undefined;
        const started = unwrap(
          await core.call('calibration.start', {
            judge: options.judge,
            version: options.version,
            reviewer: options.reviewer,
            maxExamples: options.maxExamples,
            tokenBudget: options.tokenBudget,
            holdout: options.holdout,
            seed: options.seed,
            requireAgreement: options.requireAgreement,
            provider,
            model: options.model,
          }),
        );
        const runs = await waitForRuns(core, started.runIds, globals.json === true);
        const done = unwrap(await core.call('calibration.get', { id: started.id }));
        if (globals.json) console.log(JSON.stringify(calibrationJson(done)));
        else print(done);
        // Judgments that failed or never ran make the measurement partial: say so, exit non-zero.
        const exitCode = runsExitCode(runs);
        for (const reason of runs.map(shortfall)) if (reason) console.error(`gavel: ${reason}`);
        if (exitCode === EXIT_CODES.ok && done.status !== 'done') {
          throw new CliError(done.error ?? `calibration ${done.id} ended ${done.status}`);
        }
        process.exitCode = exitCode;
      } finally {
        await core.close();
      }
    });
}

/** Waits for the runs, showing progress on stderr when it is a terminal; Ctrl-C pauses them (`gavel resume`). */
export async function waitForRuns(
  core: Core,
  runIds: number[],
  json: boolean,
  doing = 'measuring',
): Promise<RunSummary[]> {
  const interactive = process.stderr.isTTY && !json;
  const unsubscribe = core.subscribe((event: GavelEvent) => {
    if (!interactive || event.type !== 'run.progress' || !runIds.includes(event.progress.runId)) return;
    const p = event.progress;
    process.stderr.write(
      `\r${doing} (run #${p.runId}): ${p.done + p.errors}/${p.total} (${p.errors} errors), $${p.cost.toFixed(4)}${waitNote(p)}   `,
    );
  });
  const pause = () => runIds.forEach((id) => void core.call('runs.pause', { id }));
  process.once('SIGINT', pause);
  try {
    const runs: RunSummary[] = [];
    for (const runId of runIds) runs.push(await core.runner.wait(runId));
    if (interactive) process.stderr.write('\n');
    return runs;
  } finally {
    process.removeListener('SIGINT', pause);
    unsubscribe();
  }
}

function calibrationJson(view: CalibrationView) {
  return {
    judge: view.judge,
    from_version: view.fromVersion,
    to_version: view.toVersion,
    examples: view.examples,
    measured_on: view.measuredOn,
    before: view.before && statsJson(view.before),
    after: view.after && statsJson(view.after),
    cost: view.cost,
  };
}

function print(view: CalibrationView): void {
  const where = view.holdout > 0 ? ` in the ${Math.round(view.holdout * 100)}% hold-out` : '';
  console.log(
    `${view.judge} v${view.fromVersion} → v${view.toVersion}: ${view.examples.length} few-shot examples ` +
      `(${view.examples.join(', ')}), measured on ${view.measuredOn} labelled items${where}.`,
  );
  if (view.before && view.after) {
    console.log(`  before (v${view.fromVersion}): ${passFailLine(view.before)}`);
    console.log(`  after  (v${view.toVersion}): ${passFailLine(view.after)}`);
    if (view.after.warning) console.log(`  Warning: ${view.after.warning}`);
  }
  console.log(
    `  ${view.changed.length} verdicts changed; cost ${view.cost === null ? 'unknown (no price for the model)' : `$${view.cost.toFixed(4)}`}.`,
  );
}
