// Contract channels for auditing a judge: run an audit (judging a sample again, with the response
// cache bypassed), or read the latest stored one for the Trust panel.
import * as z from 'zod';
import type { AuditOutcome, StoredAudit } from '../audit';
import { id, returns } from './schema-helpers';

export const auditChannels = {
  /**
   * Judges a seeded sample of the judge's judged items `repeats` times each through its provider,
   * never from the cache, and stores the findings. With `estimateOnly`, only prices what it would send.
   */
  'trust.audit': {
    input: z.object({
      judge: z.string().min(1),
      version: z.number().int().positive().optional(),
      datasetId: id,
      repeats: z.number().int().min(2).max(20),
      sample: z.number().int().min(1).max(10_000),
      seed: z.number().int().default(1),
      /** The provider configuration to call; the judge version's own when left out. */
      provider: z.string().min(1).optional(),
      estimateOnly: z.boolean().default(false),
    }),
    output: returns<AuditOutcome>(),
  },
  /** The newest stored audit of the judge (one version, when given) on the dataset; null when none. */
  'trust.latestAudit': {
    input: z.object({ judge: z.string().min(1), version: z.number().int().positive().optional(), datasetId: id }),
    output: returns<StoredAudit | null>(),
  },
};
