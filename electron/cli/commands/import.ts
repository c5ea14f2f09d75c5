// gavel import <file> [--format F] [--name N] [--map field=column]...
import path from 'node:path';
import { type Command, Option } from 'commander';
import type { ImportSummary } from '../../../shared/contract';
import {
  IMPORT_FORMATS,
  ITEM_FIELDS,
  type ImportFormat,
  type ItemField,
  type MappingChoices,
} from '../../../shared/domain';
import { ENCODING_HELP } from '../encoding-option';
import type { GlobalOptions } from '../program';
import type { Core } from '../../core/service';
import { CliError, coreFor, unwrap } from '../workspace-option';

interface ImportOptions {
  format?: (typeof CLI_FORMATS)[number];
  name?: string;
  map: string[];
  encoding?: string;
}

/** What --format accepts: every detected format, and `bedrock` for either Bedrock layout. */
const CLI_FORMATS = [...IMPORT_FORMATS, 'bedrock'] as const;

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import a dataset (CSV, JSONL, JSON, MLflow, Databricks, Bedrock, promptfoo)')
    .argument('<file>', 'file to import')
    .addOption(new Option('--format <format>', 'file format (detected when left out)').choices(CLI_FORMATS))
    .option('--name <dataset>', 'dataset to import into (created if new; default: the file name)')
    .option('--encoding <name>', ENCODING_HELP)
    .option(
      '--map <field=column>',
      `map a column to a field (${ITEM_FIELDS.join(', ')}), over what is detected; field= leaves it unmapped; repeatable`,
      collect,
      [],
    )
    .action(async (file: string, options: ImportOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const source = { kind: 'path' as const, path: path.resolve(file) };
        const { encoding } = options;
        const format = options.format === 'bedrock' ? await detectBedrock(core, source, encoding) : options.format;
        const summary = unwrap(
          await core.call('import.run', {
            source,
            encoding,
            format,
            mapping: parseMappings(options.map),
            dataset: options.name ? { name: options.name } : undefined,
          }),
        );
        print(summary, globals.json === true);
      } finally {
        await core.close();
      }
    });
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--map field=column` choices over the detected mapping; `field=` leaves the field unmapped. */
function parseMappings(pairs: string[]): MappingChoices | undefined {
  if (pairs.length === 0) return undefined;
  const mapping: MappingChoices = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const field = pair.slice(0, at);
    if (at <= 0 || !(ITEM_FIELDS as readonly string[]).includes(field)) {
      throw new CliError(`--map ${pair}: expected field=column with field one of ${ITEM_FIELDS.join(', ')}`);
    }
    mapping[field as ItemField] = pair.slice(at + 1) || null;
  }
  return mapping;
}

/** `--format bedrock` covers both Bedrock layouts: detection picks one, which must be a Bedrock one. */
async function detectBedrock(
  core: Core,
  source: { kind: 'path'; path: string },
  encoding: string | undefined,
): Promise<ImportFormat> {
  const preview = unwrap(await core.call('import.inspect', { source, encoding, previewRows: 1 }));
  if (!preview.format.startsWith('bedrock-')) {
    throw new CliError(
      `${path.basename(source.path)}: expected an Amazon Bedrock evaluation dataset or output, found ${preview.format}`,
    );
  }
  return preview.format;
}

function print(summary: ImportSummary, json: boolean): void {
  if (json) {
    const { dataset, judges, judgments, errors, labels, answers, rows, inserted, unchanged, columnUses } = summary;
    console.log(
      JSON.stringify({ dataset, judges, judgments, errors, labels, answers, rows, inserted, unchanged, columnUses }),
    );
    return;
  }
  const judges = summary.judges.length > 0 ? `; judges: ${summary.judges.join(', ')}` : '';
  const answers = summary.answers > 0 ? `, ${summary.answers} model answers` : '';
  console.log(
    `Imported ${summary.rows} rows into "${summary.dataset.name}" (#${summary.dataset.id}): ` +
      `${summary.inserted} new, ${summary.unchanged} already there${judges}; ` +
      `${summary.judgments} judgments (${summary.errors} failed judge calls), ${summary.labels} labels${answers}. ` +
      `The dataset has ${summary.dataset.items} items.`,
  );
  const metadata = summary.columnUses.filter((u) => u.use === 'metadata').map((u) => u.column);
  if (metadata.length > 0) console.log(`Kept only as item metadata: ${metadata.join(', ')}.`);
  const ignored = summary.columnUses.filter((u) => u.use === 'ignored').map((u) => `${u.column} (${u.detail})`);
  if (ignored.length > 0) console.log(`Ignored: ${ignored.join(', ')}.`);
}
