// Contract channels for reviewers and labels.
import { z } from 'zod';
import type { LabelView } from '../domain';
import { AUDIT_TAGS, LABEL_ACTIONS, type LabelImportSummary, type LabelPack, type ReviewerView } from '../review';
import { importSourceSchema } from './datasets';
import { id, returns } from './schema-helpers';

const reviewerName = z.string().trim().min(1).max(100);

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
      /** An override without a rationale is refused unless this is false (a session setting). */
      requireRationale: z.boolean().default(true),
    }),
    output: returns<LabelView>(),
  },
  /** Every label ever given on an item, oldest first, with what superseded what. */
  'labels.history': { input: z.object({ itemId: id }), output: returns<LabelView[]>() },
  'labels.exportPack': {
    input: z.object({ reviewer: reviewerName.optional(), datasetId: id.optional() }),
    output: returns<LabelPack>(),
  },
  /**
   * Merges labels from a Gavel label pack (JSON) or a CSV with columns item, judge, value, rationale and
   * optional reviewer and dataset. Re-importing adds nothing; rows naming unknown items are skipped.
   */
  'labels.importPack': {
    input: z.object({
      source: importSourceSchema,
      /** For CSV rows without a dataset column. */
      datasetId: id.optional(),
      /** For CSV rows without a reviewer column. */
      reviewer: reviewerName.optional(),
    }),
    output: returns<LabelImportSummary>(),
  },
};
