// gavel labels import <file> / labels export <file>: human labels in and out of a workspace.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { ImportPreview, ImportSummary } from '../../../shared/contract';
import type { LabelImportSummary } from '../../../shared/review';
import { firstSignificant, readHead } from '../../formats/head';
import { sourceFile } from '../../formats/source-file';
import { ENCODING_HELP } from '../encoding-option';
import type { GlobalOptions } from '../program';
import { findDataset } from '../resolve';
import { coreFor, unwrap } from '../workspace-option';

export function registerLabels(program: Command): void {
  const labels = program.command('labels').description('import and export human labels');

  labels
    .command('import')
    .description(
      'import labels: a Gavel label pack, a CSV (item, judge, value, rationale[, reviewer, dataset]), promptfoo human ratings or Bedrock human-evaluation output',
    )
    .argument('<file>')
    .option('--dataset <id|name>', 'dataset the labels belong to (for files that do not say)')
    .option('--reviewer <name>', 'reviewer of CSV rows without a reviewer column')
    .option('--encoding <name>', ENCODING_HELP)
    .option('--strict', 'import nothing and fail when any row would be skipped')
    .action(
      async (
        file: string,
        options: { dataset?: string; reviewer?: string; encoding?: string; strict?: boolean },
        command: Command,
      ) => {
        const globals = command.optsWithGlobals<GlobalOptions>();
        const core = await coreFor(globals);
        try {
          const source = { kind: 'path' as const, path: path.resolve(file) };
          const datasetId = options.dataset ? (await findDataset(core, options.dataset)).id : undefined;
          const { encoding } = options;
          const toolFile = await toolRatingsPreview(core, source, encoding);
          const summary = toolFile
            ? fromToolFile(
                unwrap(
                  await core.call('import.run', {
                    source,
                    encoding,
                    dataset: datasetId ? { id: datasetId } : undefined,
                  }),
                ),
                toolFile,
              )
            : unwrap(
                await core.call('labels.importPack', {
                  source,
                  encoding,
                  datasetId,
                  reviewer: options.reviewer,
                  strict: options.strict ?? false,
                }),
              );
          if (globals.json) console.log(JSON.stringify(summary));
          else console.log(importReport(summary));
        } finally {
          await core.close();
        }
      },
    );

  labels
    .command('export')
    .description('write a label pack another workspace can import and merge')
    .argument('<file>')
    .option('--reviewer <name>', "only this reviewer's labels")
    .option('--dataset <id|name>', "only this dataset's labels")
    .action(async (file: string, options: { reviewer?: string; dataset?: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const datasetId = options.dataset ? (await findDataset(core, options.dataset)).id : undefined;
        const pack = unwrap(await core.call('labels.exportPack', { reviewer: options.reviewer, datasetId }));
        fs.writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
        if (globals.json) console.log(JSON.stringify({ labels: pack.labels.length, file: path.resolve(file) }));
        else console.log(`Wrote ${pack.labels.length} labels to ${file}.`);
      } finally {
        await core.close();
      }
    });
}

/** promptfoo results and Bedrock output carry ratings beside their rows: they go through the importer. */
async function toolRatingsPreview(
  core: Awaited<ReturnType<typeof coreFor>>,
  source: { kind: 'path'; path: string },
  encoding: string | undefined,
): Promise<ImportPreview | null> {
  // A pack names its format first; the head is enough to tell, whatever the file's size.
  const head = await readHead(await sourceFile(source.path, { encoding }));
  if (firstSignificant(head) !== '{' || head.includes('"gavel-labels"')) return null;
  const preview = await core.call('import.inspect', { source, encoding, previewRows: 1 });
  if (!preview.ok) return null;
  const value = preview.value as ImportPreview;
  return value.format === 'promptfoo' || value.format === 'bedrock-output' ? value : null;
}

/** Labels in the file that were already in the workspace count as skipped. */
function fromToolFile(summary: ImportSummary, preview: ImportPreview): LabelImportSummary {
  return {
    labels: summary.labels,
    reviewers: summary.reviewers,
    skipped: Math.max(0, preview.labels - summary.labels),
    skippedRows: [],
    newCriteria: [],
  };
}

/** What an import did, with every skipped row on its own line. */
function importReport(summary: LabelImportSummary): string {
  const from = summary.reviewers.length > 0 ? ` from ${summary.reviewers.join(', ')}` : '';
  const golden =
    summary.newCriteria.length > 0
      ? `\nNew criteria with no judge yet (kept as golden sets): ${summary.newCriteria.join(', ')}.`
      : '';
  const skips = summary.skippedRows.map((skip) => `\n  skipped ${skip.where}: ${skip.reason}`).join('');
  return `Imported ${summary.labels} labels${from}; ${summary.skipped} skipped.${golden}${skips}`;
}
