// labels.importPack: a Gavel label pack or a labels CSV merged into the workspace. Every row that is
// not imported is reported with its place and reason; in strict mode any such row refuses the file.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { ParsedInput } from '../../shared/contract';
import {
  LABEL_ACTIONS,
  type LabelImportSummary,
  type LabelPack,
  type LabelValue,
  type PackedLabel,
  type SkippedLabel,
} from '../../shared/review';
import { GavelError } from '../../shared/result';
import { canonicalValue, type Polarity } from '../../shared/verdict-value';
import { criterionPolarity, defineCriterion } from '../db/queries/criteria';
import { datasetIdByName } from '../db/queries/datasets';
import { findItem } from '../db/queries/items';
import { appendLabel, ensureJudge, ensureReviewer } from '../db/queries/labels';
import { csvLabels, type LocatedLabel } from './label-csv';
import type { UploadStore } from './uploads';

const valueSchema = { score: z.number().nullable(), label: z.string().nullable(), pass: z.boolean().nullable() };
const packSchema = z.object({
  format: z.literal('gavel-labels'),
  version: z.literal(1),
  exportedAt: z.string(),
  labels: z.array(
    z.object({
      ...valueSchema,
      uid: z.string().min(1),
      dataset: z.string(),
      item: z.string(),
      judge: z.string().min(1),
      reviewer: z.string().min(1),
      action: z.enum([...LABEL_ACTIONS, 'retract']),
      rationale: z.string().nullable(),
      tags: z.array(z.string()),
      blind: z.object(valueSchema).nullable(),
      createdAt: z.string(),
    }),
  ),
}) satisfies z.ZodType<LabelPack>;

type Input = ParsedInput<'labels.importPack'>;

interface Entries {
  labels: LocatedLabel[];
  skipped: SkippedLabel[];
  newCriteria: Map<string, Polarity>;
}

function readSource(source: Input['source'], uploads: UploadStore | null): { text: string; fileName: string } {
  if (source.kind === 'upload' && !uploads) {
    throw new GavelError('FORBIDDEN', 'Uploads are only available in browser mode.');
  }
  const file =
    source.kind === 'upload'
      ? uploads!.get(source.id)
      : { path: source.path, fileName: source.path.split(/[\\/]/).pop() ?? source.path };
  if (!fs.existsSync(file.path)) throw new GavelError('NOT_FOUND', `No file at ${file.path}.`);
  return { text: fs.readFileSync(file.path, 'utf8').replace(/^\uFEFF/, ''), fileName: file.fileName };
}

function packEntries(text: string, fileName: string): Entries {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new GavelError('IMPORT_REJECTED', `${fileName}: not valid JSON (${(error as Error).message})`);
  }
  const pack = packSchema.safeParse(json);
  if (!pack.success) {
    throw new GavelError('IMPORT_REJECTED', `${fileName}: not a Gavel label pack: ${z.prettifyError(pack.error)}`);
  }
  return {
    labels: pack.data.labels.map((label, index) => ({ label, where: `label ${index + 1}` })),
    skipped: [],
    newCriteria: new Map(),
  };
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
  writer.transaction(() => {
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
  })();
  return { added, reviewers, skipped };
}

export function importLabels(
  deps: { reader: Database.Database; writer: Database.Database; uploads: UploadStore | null; now: string },
  input: Input,
): LabelImportSummary {
  const { text, fileName } = readSource(input.source, deps.uploads);
  const entries = text.trimStart().startsWith('{')
    ? packEntries(text, fileName)
    : csvLabels(
        deps.reader,
        { text, fileName },
        { datasetId: input.datasetId, reviewer: input.reviewer, now: deps.now },
      );
  const { added, reviewers, skipped } = merge(deps.writer, entries, {
    strict: input.strict,
    fileName,
    now: deps.now,
  });
  return {
    labels: added,
    reviewers: [...reviewers].sort(),
    skipped: skipped.length,
    skippedRows: skipped,
    newCriteria: [...entries.newCriteria.keys()].sort(),
  };
}
