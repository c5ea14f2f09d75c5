// `gavel audit` in plain words: the estimate before anything is sent, and the findings after.
import type { AuditEstimate, AuditResult } from '../../shared/audit';
import { auditFindings } from '../../shared/audit-wording';

export function describeAuditEstimate(estimate: AuditEstimate): string {
  const unpriced = estimate.unpricedModels.length > 0 ? ` (no price for ${estimate.unpricedModels.join(', ')})` : '';
  return (
    `Auditing ${estimate.judge} v${estimate.version} on ${estimate.dataset}: ${estimate.sample} items × ${estimate.repeats} ` +
    `repeats = ${estimate.requests} requests, none from the cache, ~${estimate.inputTokens} input + ` +
    `~${estimate.outputTokens} output tokens, ~$${estimate.cost.toFixed(4)}${unpriced}.`
  );
}

export function describeAudit(audit: AuditResult): string {
  return [...auditFindings(audit), `The audit cost $${audit.cost.toFixed(4)}.`].join('\n');
}
