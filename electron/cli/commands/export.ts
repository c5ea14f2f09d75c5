// gavel export --judge <name> --format <format> --out <file>
import fs from 'node:fs';
import { type Command, Option } from 'commander';
import { EXPORT_FORMATS } from '../../../shared/export-formats';
import type { GlobalOptions } from '../program';
import { coreFor, unwrap } from '../workspace-option';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description("export a judge's few-shot set or its human scores for another tool")
    .requiredOption('--judge <name>', 'judge')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).makeOptionMandatory())
    .requiredOption('--out <file>', 'file to write')
    .option('--version <n>', 'judge version (default: the newest with verdicts)')
    .option('--reviewer <name>', "use this reviewer's labels (default: the consensus)")
    .option('--max-examples <n>', 'few-shot examples at most', '5')
    .action(
      async (
        options: {
          judge: string;
          format: (typeof EXPORT_FORMATS)[number];
          out: string;
          version?: string;
          reviewer?: string;
          maxExamples: string;
        },
        command: Command,
      ) => {
        const globals = command.optsWithGlobals<GlobalOptions>();
        const core = await coreFor(globals);
        try {
          const file = unwrap(
            await core.call('export.build', {
              judge: options.judge,
              format: options.format,
              version: options.version === undefined ? undefined : Number(options.version),
              reviewer: options.reviewer,
              maxExamples: Number(options.maxExamples),
            }),
          );
          fs.writeFileSync(options.out, file.content);
          if (globals.json)
            console.log(JSON.stringify({ file: options.out, format: options.format, records: file.records }));
          else console.log(`Wrote ${file.records} ${options.format} records to ${options.out}.`);
        } finally {
          await core.close();
        }
      },
    );
}
