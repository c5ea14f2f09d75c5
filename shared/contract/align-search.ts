// Contract channels of the alignment search: start (or resume) one, read one, list a judge's.
import * as z from 'zod';
import type { AlignSearchView } from '../align';
import type { AlignSearchEstimate } from '../align-search';
import { DEFAULT_SEED, DEFAULT_TEST_SHARE } from '../align-search';
import { id, returns } from './schema-helpers';

export const alignSearchChannels = {
  /**
   * Starts a search (split → themes and proposals on development → candidate versions run on
   * development → the best run on the sealed test), or resumes one with `resume`. Each call goes as
   * far as it can without waiting: it returns while runs are going (`runIds` of the view), and is
   * called again once they end. A dry run only estimates.
   */
  'align.start': {
    input: z
      .object({
        judge: z.string().min(1).optional(),
        /** The version to improve (default: the judge's newest ordinary version with verdicts). */
        version: z.number().int().positive().optional(),
        reviewer: z.string().min(1).optional(),
        seed: z.number().int().nonnegative().default(DEFAULT_SEED),
        testShare: z.number().min(0.05).max(0.9).default(DEFAULT_TEST_SHARE),
        /** US dollars: a run that would take the spending over it pauses the search instead. */
        budget: z.number().nonnegative().optional(),
        /** Only guidelines the expert accepted (or edited); otherwise every one not rejected. */
        acceptedOnly: z.boolean().default(false),
        /** The provider configuration and model grouping failures into themes (default: the judge's). */
        provider: z.string().min(1).optional(),
        model: z.string().min(1).optional(),
        /** Group failures by audit tags and rationale keywords, asking no model. */
        withoutModel: z.boolean().default(false),
        dryRun: z.boolean().default(false),
        /** Continue this search: resume its stopped runs, then go on (a new budget may be given). */
        resume: id.optional(),
      })
      .refine((input) => input.judge !== undefined || input.resume !== undefined, {
        message: 'name the judge, or the search to resume',
        path: ['judge'],
      }),
    /** `pending`: the runs going now, to wait for before calling again. */
    output: returns<{ search: AlignSearchView | null; estimate: AlignSearchEstimate | null; pending: number[] }>(),
  },
  'align.get': { input: z.object({ id }), output: returns<AlignSearchView>() },
  'align.list': {
    input: z.object({ judge: z.string().min(1).optional() }),
    output: returns<AlignSearchView[]>(),
  },
};
