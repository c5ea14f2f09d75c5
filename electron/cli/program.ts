// The gavel command line: the same core as the app, one subcommand per use case.
import { Command, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { registerAlign } from './commands/align';
import { registerAudit } from './commands/audit';
import { registerAlignSearch } from './commands/align-search';
import { registerCalibrate } from './commands/calibrate';
import { registerCheck } from './commands/check';
import { registerDatasets } from './commands/datasets';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerJudges } from './commands/judges';
import { registerLabels } from './commands/labels';
import { registerLinks } from './commands/links';
import { registerSessions } from './commands/sessions';
import { registerStats } from './commands/stats';
import { registerTrust } from './commands/trust';
import { registerRun } from './commands/run';
import { registerServe } from './commands/serve';

export interface GlobalOptions {
  workspace?: string;
  json?: boolean;
}

/** Every subcommand, in the order `gavel --help` lists them. */
const COMMANDS: readonly ((program: Command) => void)[] = [
  registerImport,
  registerDatasets,
  registerServe,
  registerLinks,
  registerRun,
  registerJudges,
  registerLabels,
  registerSessions,
  registerStats,
  registerCalibrate,
  registerAlign,
  // After registerAlign: the search is `gavel align` itself, beside its subcommands.
  registerAlignSearch,
  registerTrust,
  registerAudit,
  registerExport,
  registerCheck,
];

export function buildProgram(): Command {
  const program = new Command('gavel')
    .description('Gavel: human + AI review of LLM outputs')
    // Only -V: subcommands take --version <N> (a judge's version), which the program's would swallow.
    .version(packageJson.version, '-V', 'print the version of gavel')
    .addOption(
      new Option('--workspace <file>', 'workspace file (default: $GAVEL_WORKSPACE, else the app-data workspace)'),
    )
    .option('--json', 'print a machine-readable result on stdout')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}
