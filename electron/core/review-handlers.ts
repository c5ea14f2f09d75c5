// API handlers for reviewers and labels.
import fs from 'node:fs';
import path from 'node:path';
import type { ParsedInput } from '../../shared/contract';
import type { OutputType } from '../../shared/domain';
import type { Disagreement, LabelImportSummary, LabelPack, PackedLabel } from '../../shared/review';
import { GavelError } from '../../shared/result';
import { findItem } from '../db/queries/items';
import { itemResponses } from '../db/queries/item-responses';
import { judgeIdByName } from '../db/queries/judges';
import {
  appendLabel,
  ensureJudge,
  ensureReviewer,
  humanDisagreements,
  labelById,
  labelIdentity,
  labelsForPack,
  labelsOfItem,
  latestLabel,
  listReviewers,
} from '../db/queries/labels';
import { queueCounts, queueRows } from '../db/queries/review-queue';
import { createSession, listSessions, sessionById } from '../db/queries/sessions';
import { sessionItems } from './session-items';
import type { Workspace } from '../db/open-workspace';
import { sql } from '../db/statement-cache';
import { parseValue, valueProblem } from './label-values';
import { openLabelFile, type LabelFile } from '../formats/label-file';
import type { UploadStore } from './uploads';
import type { WriteQueue } from './write-queue';
import { immediateTransaction } from '../db/immediate';

export function createReviewHandlers(deps: {
  workspace: Workspace;
  writes: WriteQueue;
  uploads: UploadStore | null;
  now: () => Date;
}) {
  const db = deps.workspace.reader;
  const writer = deps.workspace.writer;

  /** The scale a judge's labels are on: the reviewed judgment's version, else the judge's latest. */
  function outputTypeOf(judge: string, judgmentId: number | null): OutputType | null {
    const row = (
      judgmentId === null
        ? sql(
            db,
            `SELECT v.output_type FROM judge_version v JOIN judge j ON j.id = v.judge_id
              WHERE j.name = ? ORDER BY v.version DESC LIMIT 1`,
          ).get(judge)
        : sql(
            db,
            'SELECT v.output_type FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id WHERE jm.id = ?',
          ).get(judgmentId)
    ) as { output_type: string } | undefined;
    return row ? (JSON.parse(row.output_type) as OutputType) : null;
  }

  /** Opens the label file named by a path or an upload, streaming its labels or CSV rows. */
  async function openLabels(input: ParsedInput<'labels.importPack'>): Promise<LabelFile> {
    const file =
      input.source.kind === 'upload'
        ? (deps.uploads ?? failUploads()).get(input.source.id)
        : { path: input.source.path, fileName: path.basename(input.source.path) };
    if (!fs.existsSync(file.path)) throw new GavelError('NOT_FOUND', `No file at ${file.path}.`);
    return openLabelFile(file.path, { fileName: file.fileName, encoding: input.encoding });
  }

  /** CSV rows (item, judge, value, rationale, reviewer?, dataset?) as pack entries. */
  async function csvLabels(
    csv: Extract<LabelFile, { kind: 'csv' }>,
    defaults: { datasetId?: number; reviewer?: string },
  ): Promise<{ labels: PackedLabel[]; skipped: number }> {
    const fileName = csv.file.name;
    const missing = ['item', 'judge', 'value'].filter((column) => !csv.columns.includes(column));
    if (missing.length > 0) {
      throw new GavelError(
        'IMPORT_REJECTED',
        `${fileName}, line 1: expected a header with item, judge, value (and rationale, reviewer, dataset); missing ${missing.join(', ')}`,
      );
    }
    const defaultDataset = defaults.datasetId
      ? (sql(db, 'SELECT name FROM dataset WHERE id = ?').get(defaults.datasetId) as { name: string } | undefined)?.name
      : undefined;
    const labels: PackedLabel[] = [];
    let skipped = 0;
    let rows = 0;
    for await (const { line, cells: row } of csv.rows()) {
      rows++;
      const dataset = row.dataset || defaultDataset;
      const reviewer = row.reviewer || defaults.reviewer;
      if (!dataset)
        throw new GavelError('IMPORT_REJECTED', `${fileName}, line ${line}: no dataset column and no --dataset given`);
      if (!reviewer)
        throw new GavelError(
          'IMPORT_REJECTED',
          `${fileName}, line ${line}: no reviewer column and no --reviewer given`,
        );
      const outputType = outputTypeOf(row.judge!, null);
      if (!outputType) {
        skipped++;
        continue;
      }
      const value = parseValue(row.value!, outputType);
      const problem = valueProblem(value, outputType);
      if (problem)
        throw new GavelError('IMPORT_REJECTED', `${fileName}, line ${line}: ${problem} for judge ${row.judge}`);
      labels.push({
        ...value,
        // The same row of the same file imported twice is the same label.
        uid: `csv:${dataset}:${row.item}:${row.judge}:${reviewer}:${row.value}:${row.rationale ?? ''}`,
        dataset,
        item: row.item!,
        judge: row.judge!,
        reviewer,
        action: 'override',
        rationale: row.rationale || null,
        tags: [],
        blind: null,
        createdAt: deps.now().toISOString(),
      });
    }
    if (rows === 0) throw new GavelError('IMPORT_REJECTED', `${fileName}, line 2: no rows after the header`);
    return { labels, skipped };
  }

  /** Merges pack entries whose dataset and item exist here; the rest are counted as skipped. */
  function merge(labels: PackedLabel[], alreadySkipped: number): LabelImportSummary {
    const now = deps.now().toISOString();
    let added = 0;
    let skipped = alreadySkipped;
    const reviewers = new Set<string>();
    immediateTransaction(writer, () => {
      for (const packed of labels) {
        const dataset = sql(writer, 'SELECT id FROM dataset WHERE name = ?').get(packed.dataset) as
          { id: number } | undefined;
        const item = dataset ? findItem(writer, dataset.id, packed.item) : null;
        if (!item) {
          skipped++;
          continue;
        }
        const id = appendLabel(writer, {
          ...packed,
          itemId: item.id,
          judgeId: ensureJudge(writer, packed.judge, now),
          reviewerId: ensureReviewer(writer, packed.reviewer, now),
          judgmentId: null,
          sessionId: null,
          source: 'pack',
        });
        if (id === null) skipped++;
        else {
          added++;
          reviewers.add(packed.reviewer);
        }
      }
    });
    return { labels: added, reviewers: [...reviewers].sort(), skipped };
  }

  /** Refuses an unknown item without reading all of it. */
  const requireItem = (itemId: number) => {
    if (!sql(db, 'SELECT 1 FROM item WHERE id = ?').get(itemId)) {
      throw new GavelError('NOT_FOUND', `No item with id ${itemId}.`);
    }
  };

  return {
    'reviewers.list': () => listReviewers(db),
    'reviewers.ensure': async ({ name }: ParsedInput<'reviewers.ensure'>) => {
      // Read-then-insert: under the write lock, so another process cannot add the same name in between.
      const id = await deps.writes.run(() =>
        immediateTransaction(writer, () => ensureReviewer(writer, name, deps.now().toISOString())),
      );
      return listReviewers(db).find((reviewer) => reviewer.id === id)!;
    },
    'labels.save': async (input: ParsedInput<'labels.save'>) => {
      requireItem(input.itemId);
      const outputType = outputTypeOf(input.judge, input.judgmentId);
      if (!outputType) throw new GavelError('NOT_FOUND', `No judge named "${input.judge}".`);
      let value = { score: input.score, label: input.label, pass: input.pass };
      if (input.action === 'confirm') {
        if (input.judgmentId === null)
          throw new GavelError('INVALID_INPUT', 'Confirming needs the judgment being confirmed.');
        const judgment = sql(db, 'SELECT score, label, pass FROM judgment WHERE id = ? AND item_id = ?').get(
          input.judgmentId,
          input.itemId,
        ) as { score: number | null; label: string | null; pass: number | null } | undefined;
        if (!judgment) throw new GavelError('NOT_FOUND', `No judgment ${input.judgmentId} on this item.`);
        value = {
          score: judgment.score,
          label: judgment.label,
          pass: judgment.pass === null ? null : judgment.pass === 1,
        };
      }
      // A confirmation copies the judgment's own value (per-chunk judges give a precision, not a
      // pass), so only an override's value is checked against the scale.
      if (input.action === 'override') {
        const problem = valueProblem(value, outputType);
        if (problem) throw new GavelError('INVALID_INPUT', `labels.save: ${problem}.`);
      }
      if (input.action === 'override' && input.requireRationale && !input.rationale?.trim()) {
        throw new GavelError('INVALID_INPUT', 'labels.save: an override needs a rationale.');
      }
      const now = deps.now().toISOString();
      const id = await deps.writes.run(() =>
        immediateTransaction(writer, () =>
          appendLabel(writer, {
            ...value,
            itemId: input.itemId,
            judgeId: ensureJudge(writer, input.judge, now),
            reviewerId: ensureReviewer(writer, input.reviewer, now),
            action: input.action,
            rationale: input.rationale?.trim() || null,
            tags: input.tags,
            blind: input.blind,
            judgmentId: input.judgmentId,
            sessionId: input.sessionId,
            createdAt: now,
          }),
        ),
      );
      return labelById(db, id!)!;
    },
    'labels.history': ({ itemId }: ParsedInput<'labels.history'>) => labelsOfItem(db, itemId),
    'labels.undo': async ({ labelId, reviewer }: ParsedInput<'labels.undo'>) => {
      const identity = labelIdentity(db, labelId);
      const owner = sql(db, 'SELECT id FROM reviewer WHERE name = ?').get(reviewer) as { id: number } | undefined;
      if (!identity || !owner || identity.reviewerId !== owner.id) {
        throw new GavelError('NOT_FOUND', `No label ${labelId} of ${reviewer}.`);
      }
      const latest = latestLabel(db, identity.itemId, identity.judgeId, identity.reviewerId);
      if (latest?.id !== labelId) throw new GavelError('INVALID_INPUT', 'Only the latest label can be undone.');
      const previous = latest.supersedesId === null ? null : labelById(db, latest.supersedesId);
      const now = deps.now().toISOString();
      const id = await deps.writes.run(() =>
        appendLabel(writer, {
          ...identity,
          action: previous?.action ?? 'retract',
          score: previous?.score ?? null,
          label: previous?.label ?? null,
          pass: previous?.pass ?? null,
          rationale: previous?.rationale ?? null,
          tags: previous?.tags ?? [],
          blind: previous?.blind ?? null,
          judgmentId: previous?.judgmentId ?? null,
          sessionId: previous?.sessionId ?? latest.sessionId,
          supersedes: previous?.supersedesId ?? null,
          createdAt: now,
        }),
      );
      const restored = labelById(db, id!)!;
      return { restored: restored.action === 'retract' ? null : restored };
    },
    'review.queue': (input: ParsedInput<'review.queue'>) => {
      const reviewerId =
        (sql(db, 'SELECT id FROM reviewer WHERE name = ?').get(input.reviewer) as { id: number } | undefined)?.id ??
        null;
      const query = {
        datasetId: input.datasetId,
        reviewerId,
        sessionId: input.sessionId ?? null,
        judgeId: judgeIdByName(db, input.filter.judge),
        filter: input.filter,
        sort: input.sort,
        offset: input.offset,
        limit: input.limit,
      };
      const counts = queueCounts(db, query);
      return { total: counts[input.filter.status], counts, rows: queueRows(db, query) };
    },
    'sessions.create': async (input: ParsedInput<'sessions.create'>) => {
      if (!sql(db, 'SELECT 1 FROM dataset WHERE id = ?').get(input.datasetId)) {
        throw new GavelError('NOT_FOUND', `No dataset with id ${input.datasetId}.`);
      }
      for (const judge of input.judges) judgeIdByName(db, judge);
      const itemIds = sessionItems(db, input.datasetId, input.selection);
      if (itemIds.length === 0) throw new GavelError('INVALID_INPUT', 'The session selection has no items.');
      const id = await deps.writes.run(() =>
        createSession(writer, { ...input, itemIds, now: deps.now().toISOString() }),
      );
      return sessionById(db, id)!;
    },
    'sessions.list': ({ datasetId }: ParsedInput<'sessions.list'>) => listSessions(db, datasetId),
    'sessions.get': ({ id }: ParsedInput<'sessions.get'>) => {
      const session = sessionById(db, id);
      if (!session) throw new GavelError('NOT_FOUND', `No session with id ${id}.`);
      return session;
    },
    'adjudication.list': ({ datasetId, judge }: ParsedInput<'adjudication.list'>): Disagreement[] =>
      humanDisagreements(db, datasetId, judge).map((row) => ({
        itemId: row.itemId,
        key: row.key,
        judge: row.judge,
        labels: row.labels.map((label) => ({
          reviewer: label.reviewer,
          value: { score: label.score, label: label.label, pass: label.pass },
          rationale: label.rationale,
          createdAt: label.createdAt,
        })),
        resolution: row.resolution && {
          score: row.resolution.score,
          label: row.resolution.label,
          pass: row.resolution.pass,
          rationale: row.resolution.rationale,
          reviewer: row.resolution.reviewer,
        },
      })),
    'adjudication.resolve': async (input: ParsedInput<'adjudication.resolve'>) => {
      const outputType = outputTypeOf(input.judge, null);
      if (!outputType) throw new GavelError('NOT_FOUND', `No judge named "${input.judge}".`);
      const value = { score: input.score, label: input.label, pass: input.pass };
      const problem = valueProblem(value, outputType);
      if (problem) throw new GavelError('INVALID_INPUT', `adjudication.resolve: ${problem}.`);
      const now = deps.now().toISOString();
      const id = await deps.writes.run(() =>
        appendLabel(writer, {
          ...value,
          itemId: input.itemId,
          judgeId: ensureJudge(writer, input.judge, now),
          reviewerId: ensureReviewer(writer, input.reviewer, now),
          action: 'override',
          rationale: input.rationale,
          tags: [],
          blind: null,
          judgmentId: null,
          sessionId: null,
          source: 'adjudication',
          createdAt: now,
        }),
      );
      return labelById(db, id!)!;
    },
    'labels.exportPack': ({ reviewer, datasetId }: ParsedInput<'labels.exportPack'>): LabelPack => ({
      format: 'gavel-labels',
      version: 1,
      exportedAt: deps.now().toISOString(),
      labels: labelsForPack(db, { reviewer, datasetId }),
    }),
    'labels.importPack': async (input: ParsedInput<'labels.importPack'>) => {
      const file = await openLabels(input);
      let entries: { labels: PackedLabel[]; skipped: number };
      if (file.kind === 'pack') {
        const labels: PackedLabel[] = [];
        for await (const batch of file.labels()) for (const label of batch) labels.push(label);
        entries = { labels, skipped: 0 };
      } else {
        entries = await csvLabels(file, { datasetId: input.datasetId, reviewer: input.reviewer });
      }
      return deps.writes.run(() => merge(entries.labels, entries.skipped));
    },
    'review.responses': ({ itemId }: ParsedInput<'review.responses'>) => {
      requireItem(itemId);
      return itemResponses(db, itemId);
    },
  };
}

function failUploads(): never {
  throw new GavelError('FORBIDDEN', 'Uploads are only available in browser mode.');
}
