// A workspace whose items, verdicts and expert rationales hold the strings exports most often get
// wrong: quotes of every kind, backslashes, newlines, non-ASCII, markup and template braces.
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ExportFile, ExportFormat } from '../../shared/contract';
import { fixture, tempCore, tempDir, value } from './temp-workspace';

export const HOSTILE_RATIONALE =
  'Wrong: "quoted" \'single\' """triple""" back\\slash\nnew line 😀 中文 <img src=x onerror=alert(1)>';

export async function hostileSample() {
  const core = await tempCore();
  value(
    await core.call('import.run', {
      source: { kind: 'path', path: fixture('mlflow-hostile-strings.json') },
      dataset: { name: 'hostile' },
    }),
  );
  const labels = path.join(tempDir(), 'labels.csv');
  fs.writeFileSync(
    labels,
    stringify(
      [
        ['1', 'correctness', '1', HOSTILE_RATIONALE, 'ana'],
        ['2', 'correctness', '5', 'Right.', 'ana'],
        ['3', 'correctness', '5', 'Sydney is fine for this rubric\\', 'ana'],
        ['4', 'correctness', '4', '', 'bo'],
      ],
      { header: true, columns: ['item', 'judge', 'value', 'rationale', 'reviewer'] },
    ),
  );
  value(await core.call('labels.importPack', { source: { kind: 'path', path: labels }, datasetId: 1 }));
  return core;
}

export type SampleCore = Awaited<ReturnType<typeof hostileSample>>;

export const build = async (core: SampleCore, format: ExportFormat) =>
  value(await core.call('export.build', { judge: 'correctness', format })) as ExportFile;

/** Writes an export into a temp dir and returns its path. */
export function written(file: ExportFile): string {
  const out = path.join(tempDir(), file.fileName);
  fs.writeFileSync(out, file.content);
  return out;
}
