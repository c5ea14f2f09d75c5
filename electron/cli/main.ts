#!/usr/bin/env node
// Entry point of `npm run gavel -- …` and the `gavel` bin.
import { CommanderError } from 'commander';
import { GavelError } from '../../shared/result';
import { buildProgram } from './program';
import { CliError } from './workspace-option';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed help, version or the usage error.
    process.exitCode = error.exitCode;
  } else if (error instanceof CliError || error instanceof GavelError) {
    console.error(`gavel: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`gavel: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  }
}
