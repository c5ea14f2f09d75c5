// Contract channels for aligning a judge to its experts: its failures grouped into themes with one
// proposed guideline each, and the expert's decision on each proposal.
import * as z from 'zod';
import type { AlignThemesResult, Proposal } from '../align';
import { id, returns } from './schema-helpers';

export const alignThemeChannels = {
  /** Groups a judge version's failures into themes and proposes a guideline per theme (replacing undecided ones). */
  'align.themes': {
    input: z.object({
      judge: z.string().min(1),
      /** A version number of the judge; its newest version with verdicts when left out. */
      version: z.number().int().positive().optional(),
      /** Only failures on these items; by default the judge's development part (its split is fixed on first use). */
      itemIds: z.array(id).optional(),
      /** The provider configuration and model to ask (default: the judge's own); none = tags and keywords. */
      provider: z.string().min(1).optional(),
      model: z.string().min(1).optional(),
      /** Group by audit tags and keywords, and quote rationales, even when the judge has a model. */
      withoutModel: z.boolean().default(false),
      /** Refuse, before any call, when the estimate is above this many US dollars (or unknown). */
      budget: z.number().nonnegative().optional(),
      /** Only estimate: no call, nothing stored. */
      dryRun: z.boolean().default(false),
    }),
    output: returns<AlignThemesResult>(),
  },
  'align.proposals': {
    input: z.object({ judge: z.string().min(1) }),
    output: returns<Proposal[]>(),
  },
  /** Accept or reject a proposal, or edit its wording (which accepts it). */
  'align.decide': {
    input: z
      .object({
        proposalId: id,
        decision: z.enum(['accept', 'reject', 'edit']),
        text: z.string().optional(),
      })
      .refine((input) => input.decision !== 'edit' || (input.text ?? '').trim() !== '', {
        message: 'an edit needs the new wording in text',
        path: ['text'],
      }),
    output: returns<Proposal>(),
  },
};
