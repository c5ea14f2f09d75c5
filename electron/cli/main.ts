#!/usr/bin/env node
// Entry point of `npm run gavel -- …` and the `gavel` bin.
import { CommanderError } from 'commander';
import { redact } from '../providers/redact';
import { buildProgram } from './program';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed help, version or the usage error.
    process.exitCode = error.exitCode;
  } else {
    // A failure may quote a key (a provider's or proxy's reply): printed redacted.
    console.error(`gavel: ${redact((error as Error).message ?? String(error))}`);
    process.exitCode = 1;
  }
}
