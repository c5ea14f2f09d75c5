// `gavel audit` in plain words: the estimate before anything is sent, and the findings after.
import type { AuditEstimate, AuditResult, RankCorrelation, ShareWithInterval } from '../../shared/audit';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const interval = (share: ShareWithInterval) =>
  share.ci === null ? '' : ` (95% interval ${percent(share.ci[0])}–${percent(share.ci[1])})`;
const rho = (correlation: RankCorrelation) =>
  correlation.rho === null
    ? `undefined over ${correlation.n} items`
    : `${correlation.rho.toFixed(2)} over ${correlation.n} items`;

export function describeAuditEstimate(estimate: AuditEstimate): string {
  const unpriced = estimate.unpricedModels.length > 0 ? ` (no price for ${estimate.unpricedModels.join(', ')})` : '';
  return (
    `Auditing ${estimate.judge} v${estimate.version} on ${estimate.dataset}: ${estimate.sample} items × ${estimate.repeats} ` +
    `repeats = ${estimate.requests} requests, none from the cache, ~${estimate.inputTokens} input + ` +
    `~${estimate.outputTokens} output tokens, ~$${estimate.cost.toFixed(4)}${unpriced}.`
  );
}

export function describeAudit(audit: AuditResult): string {
  const { consistency, position, length } = audit;
  const lines: string[] = [];
  const unanimous =
    consistency.unanimous.value === null ? 0 : Math.round(consistency.unanimous.value * consistency.items);
  const kappa =
    consistency.fleiss_kappa === null ? 'undefined (every verdict the same)' : consistency.fleiss_kappa.toFixed(2);
  lines.push(
    `${unanimous} of ${consistency.items} items got the same verdict all ${audit.repeats} times` +
      `${interval(consistency.unanimous)}; Fleiss' κ ${kappa}.`,
  );
  if (position) {
    const flipped = position.flipped.value === null ? 0 : Math.round(position.flipped.value * position.pairs);
    lines.push(
      `${flipped} of ${position.pairs} pairwise verdicts changed when A and B swapped places${interval(position.flipped)}.`,
    );
  }
  lines.push(`Length against the judge's verdicts: Spearman ρ ${rho(length.judge)}.`);
  lines.push(
    length.experts === null
      ? 'No expert labels to compare length against.'
      : `Length against the experts' labels: Spearman ρ ${rho(length.experts)}.`,
  );
  lines.push(`The audit cost $${audit.cost.toFixed(4)}.`);
  return lines.join('\n');
}
