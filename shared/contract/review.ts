// Contract channels for reviewers and labels.
import * as z from 'zod';
import type { LabelView } from '../domain';
import {
  AUDIT_TAGS,
  LABEL_ACTIONS,
  QUEUE_STATUSES,
  type Disagreement,
  type ItemResponses,
  type LabelImportSummary,
  type LabelPack,
  type QueueCounts,
  type QueueRow,
  type ReviewerView,
  type SessionView,
} from '../review';
import { importSourceSchema, textEncodingSchema } from './datasets';
import { id, returns, type ChannelDefinitions } from './schema-helpers';

export const reviewerName = z.string().trim().min(1).max(100);

const value = { score: z.number().nullable(), label: z.string().nullable(), pass: z.boolean().nullable() };

export const queueFilterSchema = z.object({
  status: z.enum(QUEUE_STATUSES).default('all'),
  judge: z.string().nullable().default(null),
  scoreMin: z.number().nullable().default(null),
  scoreMax: z.number().nullable().default(null),
  pass: z.boolean().nullable().default(null),
  tag: z.string().nullable().default(null),
  search: z.string().max(500).nullable().default(null),
  items: z.array(id).max(100_000).nullable().default(null),
});

/** Which items a labelling session covers, fixed when it is created. */
export const sessionSelectionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('filter'), filter: queueFilterSchema }),
  z.object({
    kind: z.literal('sample'),
    size: z.number().int().min(1),
    seed: z.number().int().default(1),
    /** Draw only among items no expert has labelled for this judge yet (more labels for an estimate). */
    unlabelledFor: z.string().min(1).optional(),
  }),
  /** An even share of items from each score (or pass/fail) bucket of a judge. */
  z.object({
    kind: z.literal('stratified'),
    judge: z.string().min(1),
    size: z.number().int().min(1),
    seed: z.number().int().default(1),
  }),
  /** Items where judges disagree with each other, and uncertain verdicts (probability-weighted scores near the threshold), first. */
  z.object({ kind: z.literal('hard_first'), size: z.number().int().min(1).optional() }),
]);
export type SessionSelection = z.infer<typeof sessionSelectionSchema>;

export const reviewChannels = {
  'reviewers.list': { input: z.object({}), output: returns<ReviewerView[]>() },
  /** The reviewer of this name, created on first use (the local identity chosen at first start). */
  'reviewers.ensure': { input: z.object({ name: reviewerName }), output: returns<ReviewerView>() },
  /**
   * Appends a label: it supersedes the reviewer's previous label for the same item and judge, which
   * stays in the history. Committed to disk (synchronous=FULL) before the call returns.
   */
  'labels.save': {
    input: z.object({
      itemId: id,
      judge: z.string().min(1),
      reviewer: reviewerName,
      action: z.enum(LABEL_ACTIONS),
      score: z.number().nullable().default(null),
      label: z.string().nullable().default(null),
      pass: z.boolean().nullable().default(null),
      rationale: z.string().max(10_000).nullable().default(null),
      tags: z.array(z.enum(AUDIT_TAGS)).default([]),
      judgmentId: id.nullable().default(null),
      sessionId: id.nullable().default(null),
      /** In blind mode: the reviewer's rating before the judge's verdict was revealed. */
      blind: z
        .object({ score: z.number().nullable(), label: z.string().nullable(), pass: z.boolean().nullable() })
        .nullable()
        .default(null),
      /** Outside a session, an override without a rationale is refused unless this is false; in one, the session decides. */
      requireRationale: z.boolean().default(true),
    }),
    output: returns<LabelView>(),
  },
  /**
   * Takes back a reviewer's latest label on an item and judge: appends the label it superseded again
   * (or a retraction when there was none), so the history keeps both.
   */
  'labels.undo': {
    input: z.object({ labelId: id, reviewer: reviewerName }),
    output: returns<{ restored: LabelView | null }>(),
  },
  /** Every label ever given on an item, oldest first, with what superseded what. */
  /**
   * An item's labels. In a blind session, other reviewers' labels on a judge `reviewer` has not
   * rated yet come without their value, rationale and tags.
   */
  'labels.history': {
    input: z.object({ itemId: id, reviewer: reviewerName.optional() }),
    output: returns<LabelView[]>(),
  },
  'review.queue': {
    input: z.object({
      datasetId: id,
      reviewer: reviewerName,
      sessionId: id.optional(),
      filter: queueFilterSchema.default(queueFilterSchema.parse({})),
      sort: z.enum(['dataset', 'score_asc', 'score_desc', 'key']).default('dataset'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    output: returns<{ total: number; counts: QueueCounts; rows: QueueRow[] }>(),
  },
  'sessions.create': {
    input: z.object({
      name: z.string().trim().min(1).max(200),
      datasetId: id,
      instructions: z.string().max(50_000).default(''),
      judges: z.array(z.string().min(1)).min(1),
      selection: sessionSelectionSchema.default({ kind: 'all' }),
      blind: z.boolean().default(false),
      requireRationale: z.boolean().default(true),
      reviewers: z.array(reviewerName).default([]),
    }),
    output: returns<SessionView>(),
  },
  'sessions.list': { input: z.object({ datasetId: id.optional() }), output: returns<SessionView[]>() },
  'sessions.get': { input: z.object({ id }), output: returns<SessionView>() },
  'adjudication.list': {
    input: z.object({ datasetId: id, judge: z.string().optional() }),
    output: returns<Disagreement[]>(),
  },
  /** Records the adjudicated value for an item and judge, as a label of the adjudicator. */
  'adjudication.resolve': {
    input: z.object({
      itemId: id,
      judge: z.string().min(1),
      reviewer: reviewerName,
      ...value,
      rationale: z.string().trim().min(1).max(10_000),
    }),
    output: returns<LabelView>(),
  },
  'labels.exportPack': {
    input: z.object({ reviewer: reviewerName.optional(), datasetId: id.optional() }),
    output: returns<LabelPack>(),
  },
  /**
   * Merges labels from a Gavel label pack (JSON) or a CSV with columns item, judge, value, rationale and
   * optional reviewer and dataset. Re-importing adds nothing; rows naming unknown items are skipped and
   * listed with their line and reason. Labels for a criterion no judge has scored yet are kept (a golden set).
   */
  'labels.importPack': {
    input: z.object({
      source: importSourceSchema,
      encoding: textEncodingSchema.optional(),
      /** For CSV rows without a dataset column. */
      datasetId: id.optional(),
      /** For CSV rows without a reviewer column. */
      reviewer: reviewerName.optional(),
      /** Refuse the whole file, importing nothing, when any row would be skipped. */
      strict: z.boolean().default(false),
    }),
    output: returns<LabelImportSummary>(),
  },
  /**
   * The candidate models' answers to an item and the pairwise judgments comparing two of them: what
   * the review desk shows side by side.
   */
  'review.responses': { input: z.object({ itemId: id }), output: returns<ItemResponses>() },
} satisfies ChannelDefinitions<'review'>;
