// API handlers for reviewers and labels.
import type { ParsedInput } from '../../shared/contract';
import type { LabelPack } from '../../shared/review';
import { GavelError } from '../../shared/result';
import { canonicalValue, type Polarity } from '../../shared/verdict-value';
import { criterionPolarity, judgmentPolarity } from '../db/queries/criteria';
import { datasetExists } from '../db/queries/datasets';
import { itemExists } from '../db/queries/items';
import { itemResponses } from '../db/queries/item-responses';
import { judgeIdByName } from '../db/queries/judges';
import {
  appendLabel,
  ensureJudge,
  judgmentValue,
  ensureReviewer,
  labelById,
  labelIdentity,
  labelsForPack,
  labelsOfItem,
  latestLabel,
  listReviewers,
  reviewerIdByName,
} from '../db/queries/labels';
import { queueCounts, queueRows } from '../db/queries/review-queue';
import { createSession, listSessions, sessionById } from '../db/queries/sessions';
import { sessionItems } from './session-items';
import type { Workspace } from '../db/open-workspace';
import { withheldJudges } from '../db/queries/blind';
import { blindCounts, checkQueueRequest, historyForViewer, rowsForViewer, viewerOf } from './blind-view';
import { humanDisagreements } from './disagreements';
import { mergeLabelEntries, readLabelEntries } from './label-import';
import { valueProblem } from './label-values';
import type { UploadStore } from './uploads';
import type { WriteQueue } from './write-queue';
import { immediateTransaction } from '../db/immediate';
import type { Caller } from './caller';

export function createReviewHandlers(deps: {
  workspace: Workspace;
  writes: WriteQueue;
  uploads: UploadStore | null;
  now: () => Date;
}) {
  const db = deps.workspace.reader;
  const writer = deps.workspace.writer;

  /** The scale a label is given on: the reviewed judgment's version, else the criterion's. */
  function polarityOf(judge: string, judgmentId: number | null): Polarity {
    const polarity = judgmentId === null ? criterionPolarity(db, judge) : judgmentPolarity(db, judgmentId);
    if (!polarity) throw new GavelError('NOT_FOUND', `No judge named "${judge}".`);
    return polarity;
  }

  /** Refuses an unknown item without reading all of it. */
  const requireItem = (itemId: number) => {
    if (!itemExists(db, itemId)) {
      throw new GavelError('NOT_FOUND', `No item with id ${itemId}.`);
    }
  };

  /** A session decides whether overrides need a rationale; a label given outside one says so itself. */
  const rationaleRequired = (input: ParsedInput<'labels.save'>) => {
    const session = input.sessionId === null ? null : sessionById(db, input.sessionId);
    if (input.sessionId !== null && !session) throw new GavelError('NOT_FOUND', `No session with id ${input.sessionId}.`);
    return session?.requireRationale ?? input.requireRationale;
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
      const polarity = polarityOf(input.judge, input.judgmentId);
      const hidden = withheldJudges(db, [input.itemId], input.reviewer).get(input.itemId)?.has(input.judge) ?? false;
      // A confirm copies a verdict: while the reviewer may not see it, it would take it unseen (and
      // reveal it in the saved label). Her first rating is her own, and it is the blind one.
      if (hidden && input.action === 'confirm') {
        throw new GavelError(
          'INVALID_INPUT',
          `labels.save: this review is blind: rate the item on ${input.judge} yourself before the judge's verdict is shown.`,
        );
      }
      let value = { score: input.score, label: input.label, pass: input.pass };
      if (input.action === 'confirm') {
        if (input.judgmentId === null)
          throw new GavelError('INVALID_INPUT', 'Confirming needs the judgment being confirmed.');
        const judgment = judgmentValue(db, input.judgmentId, input.itemId);
        if (!judgment) throw new GavelError('NOT_FOUND', `No judgment ${input.judgmentId} on this item.`);
        value = judgment;
      }
      // Stored in one form, a confirm and an override to the same value are the same verdict.
      if (input.action === 'confirm' || input.action === 'override') value = canonicalValue(value, polarity);
      // A confirmation copies the judgment's own value (per-chunk judges give a precision, not a
      // pass), so only an override's value is checked against the scale.
      if (input.action === 'override') {
        const problem = valueProblem(value, polarity.outputType);
        if (problem) throw new GavelError('INVALID_INPUT', `labels.save: ${problem}.`);
      }
      if (input.action === 'override' && !hidden && rationaleRequired(input) && !input.rationale?.trim()) {
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
            blind: hidden && input.action === 'override' ? value : input.blind,
            judgmentId: input.judgmentId,
            sessionId: input.sessionId,
            createdAt: now,
          }),
        ),
      );
      return labelById(db, id!)!;
    },
    'labels.history': (input: ParsedInput<'labels.history'>, caller: Caller) =>
      historyForViewer(db, input.itemId, labelsOfItem(db, input.itemId), viewerOf(input, caller)),
    'labels.undo': async ({ labelId, reviewer }: ParsedInput<'labels.undo'>) => {
      const identity = labelIdentity(db, labelId);
      const ownerId = reviewerIdByName(db, reviewer);
      if (!identity || ownerId === null || identity.reviewerId !== ownerId) {
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
    'review.queue': (input: ParsedInput<'review.queue'>, caller: Caller) => {
      const reviewerId = reviewerIdByName(db, input.reviewer);
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
      const viewer = viewerOf(input, caller);
      const blind = checkQueueRequest(db, { datasetId: input.datasetId, sessionId: query.sessionId }, input, viewer);
      const all = queueCounts(db, query);
      const counts = blind ? blindCounts(all) : all;
      const rows = rowsForViewer(db, queueRows(db, query), (row) => row.itemId, viewer);
      return { total: counts[input.filter.status], counts, rows };
    },
    'sessions.create': async (input: ParsedInput<'sessions.create'>) => {
      if (!datasetExists(db, input.datasetId)) {
        throw new GavelError('NOT_FOUND', `No dataset with id ${input.datasetId}.`);
      }
      for (const judge of input.judges) judgeIdByName(db, judge);
      const drawn = sessionItems(db, input.datasetId, input.selection);
      if (drawn.itemIds.length === 0) throw new GavelError('INVALID_INPUT', 'The session selection has no items.');
      const id = await deps.writes.run(() =>
        createSession(writer, { ...input, ...drawn, now: deps.now().toISOString() }),
      );
      return sessionById(db, id)!;
    },
    'sessions.list': ({ datasetId }: ParsedInput<'sessions.list'>) => listSessions(db, datasetId),
    'sessions.get': ({ id }: ParsedInput<'sessions.get'>) => {
      const session = sessionById(db, id);
      if (!session) throw new GavelError('NOT_FOUND', `No session with id ${id}.`);
      return session;
    },
    'adjudication.list': ({ datasetId, judge }: ParsedInput<'adjudication.list'>) =>
      humanDisagreements(db, datasetId, judge),
    'adjudication.resolve': async (input: ParsedInput<'adjudication.resolve'>) => {
      const polarity = polarityOf(input.judge, null);
      const value = canonicalValue({ score: input.score, label: input.label, pass: input.pass }, polarity);
      const problem = valueProblem(value, polarity.outputType);
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
      const now = deps.now().toISOString();
      const read = await readLabelEntries({ reader: db, uploads: deps.uploads, now }, input);
      return deps.writes.run(() => mergeLabelEntries(writer, read, { strict: input.strict, now }));
    },
    'review.responses': ({ itemId }: ParsedInput<'review.responses'>) => {
      requireItem(itemId);
      return itemResponses(db, itemId);
    },
  };
}
