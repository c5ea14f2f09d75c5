// The gavel command line: the same core as the app, one subcommand per use case.
import { Command, Option } from 'commander';
import { IMPORT_FORMATS } from '../../shared/domain';
import { registerCalibrate } from './commands/calibrate';
import { registerDatasets } from './commands/datasets';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerJudges } from './commands/judges';
import { registerLabels } from './commands/labels';
import { registerLinks } from './commands/links';
import { registerSessions } from './commands/sessions';
import { registerStats } from './commands/stats';
import { registerRun } from './commands/run';
import { registerServe } from './commands/serve';

export interface GlobalOptions {
  workspace?: string;
  json?: boolean;
}

export const CLI_FORMATS = [...IMPORT_FORMATS, 'bedrock'] as const;

export function buildProgram(): Command {
  const program = new Command('gavel')
    .description('Gavel: human + AI review of LLM outputs')
    .addOption(
      new Option('--workspace <file>', 'workspace file (default: $GAVEL_WORKSPACE, else the app-data workspace)'),
    )
    .option('--json', 'print a machine-readable result on stdout')
    .showHelpAfterError()
    .exitOverride();
  registerImport(program);
  registerDatasets(program);
  registerServe(program);
  registerLinks(program);
  registerRun(program);
  registerJudges(program);
  registerLabels(program);
  registerSessions(program);
  registerStats(program);
  registerCalibrate(program);
  registerExport(program);
  return program;
}
