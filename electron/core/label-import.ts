// labels.importPack: a Gavel label pack or a labels CSV merged into the workspace. Every row that is
// not imported is reported with its place and reason; in strict mode any such row refuses the file.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import type { LabelImportSummary, LabelValue, PackedLabel, SkippedLabel } from '../../shared/review';
import { GavelError } from '../../shared/result';
import { canonicalValue, type Polarity } from '../../shared/verdict-value';
import { criterionPolarity, defineCriterion } from '../db/queries/criteria';
import { datasetIdByName } from '../db/queries/datasets';
import { findItem } from '../db/queries/items';
import { immediateTransaction } from '../db/immediate';
import { appendLabel, ensureJudge, ensureReviewer } from '../db/queries/labels';
import { openLabelFile, type LabelFile } from '../formats/label-file';
import { csvLabels, type LocatedLabel } from './label-csv';
import type { UploadStore } from './uploads';

type Input = ParsedInput<'labels.importPack'>;

interface Entries {
  labels: LocatedLabel[];
  skipped: SkippedLabel[];
  newCriteria: Map<string, Polarity>;
}

/** Opens the label file named by a path or an upload, streaming its labels or CSV rows. */
function openSource(input: Input, uploads: UploadStore | null): Promise<LabelFile> {
  const { source } = input;
  if (source.kind === 'upload' && !uploads) {
    throw new GavelError('FORBIDDEN', 'Uploads are only available in browser mode.');
  }
  const file =
    source.kind === 'upload' ? uploads!.get(source.id) : { path: source.path, fileName: path.basename(source.path) };
  if (!fs.existsSync(file.path)) throw new GavelError('NOT_FOUND', `No file at ${file.path}.`);
  return openLabelFile(file.path, { fileName: file.fileName, encoding: input.encoding });
}

/** A pack's labels, each with its place in the file. */
async function packEntries(file: Extract<LabelFile, { kind: 'pack' }>): Promise<Entries> {
  const labels: LocatedLabel[] = [];
  for await (const batch of file.labels()) {
    for (const label of batch) labels.push({ label, where: `label ${labels.length + 1}` });
  }
  return { labels, skipped: [], newCriteria: new Map() };
}

/** A verdict in its one stored form on its criterion's scale (packs from older workspaces may differ). */
function storedValue(db: Database.Database, label: PackedLabel): LabelValue {
  const polarity = criterionPolarity(db, label.judge);
  const verdict = label.action === 'confirm' || label.action === 'override';
  return polarity && verdict
    ? canonicalValue(label, polarity)
    : { score: label.score, label: label.label, pass: label.pass };
}

/** The number in "line 7" / "label 3": skips are reported in file order. */
const placeOf = (skip: SkippedLabel) => Number(/\d+/.exec(skip.where)?.[0] ?? 0);

function refuseSkips(fileName: string, skipped: readonly SkippedLabel[]): void {
  if (skipped.length === 0) return;
  const listed = skipped.slice(0, 10).map((skip) => `${skip.where}: ${skip.reason}`);
  const more = skipped.length > 10 ? `; and ${skipped.length - 10} more` : '';
  throw new GavelError(
    'IMPORT_REJECTED',
    `${fileName}: ${skipped.length} row(s) could not be imported, so nothing was (strict mode): ${listed.join('; ')}${more}.`,
  );
}

/** Merges entries whose dataset and item exist here, in one transaction. */
function merge(
  writer: Database.Database,
  entries: Entries,
  options: { strict: boolean; fileName: string; now: string },
) {
  const skipped = [...entries.skipped];
  let added = 0;
  const reviewers = new Set<string>();
  immediateTransaction(writer, () => {
    for (const [name, polarity] of entries.newCriteria) defineCriterion(writer, name, polarity, options.now);
    for (const { label, where } of entries.labels) {
      const datasetId = datasetIdByName(writer, label.dataset);
      const item = datasetId === undefined ? null : findItem(writer, datasetId, label.item);
      if (!item) {
        skipped.push({
          where,
          reason:
            datasetId === undefined
              ? `no dataset named "${label.dataset}"`
              : `no item "${label.item}" in ${label.dataset}`,
        });
        continue;
      }
      const id = appendLabel(writer, {
        ...label,
        ...storedValue(writer, label),
        itemId: item.id,
        judgeId: ensureJudge(writer, label.judge, options.now),
        reviewerId: ensureReviewer(writer, label.reviewer, options.now),
        judgmentId: null,
        sessionId: null,
        source: 'pack',
      });
      if (id === null) skipped.push({ where, reason: 'already in the workspace' });
      else {
        added++;
        reviewers.add(label.reviewer);
      }
    }
    skipped.sort((a, b) => placeOf(a) - placeOf(b));
    // Throwing inside the transaction rolls every row of the file back.
    if (options.strict) refuseSkips(options.fileName, skipped);
  });
  return { added, reviewers, skipped };
}

/**
 * Reads a label file (streamed; labels are checked as they come) into entries to merge: read before
 * the write lock is taken, since a big file takes a while.
 */
export async function readLabelEntries(
  deps: { reader: Database.Database; uploads: UploadStore | null; now: string },
  input: Input,
): Promise<{ fileName: string; entries: Entries }> {
  const file = await openSource(input, deps.uploads);
  const entries =
    file.kind === 'pack'
      ? await packEntries(file)
      : await csvLabels(deps.reader, file, { datasetId: input.datasetId, reviewer: input.reviewer, now: deps.now });
  return { fileName: file.file.name, entries };
}

/** Merges what readLabelEntries read, in one transaction (all or, in strict mode, nothing). */
export function mergeLabelEntries(
  writer: Database.Database,
  { fileName, entries }: { fileName: string; entries: Entries },
  options: { strict: boolean; now: string },
): LabelImportSummary {
  const { added, reviewers, skipped } = merge(writer, entries, { ...options, fileName });
  return {
    labels: added,
    reviewers: [...reviewers].sort(),
    skipped: skipped.length,
    skippedRows: skipped,
    newCriteria: [...entries.newCriteria.keys()].sort(),
  };
}
