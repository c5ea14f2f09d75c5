// A judge audit's findings in plain words, for `gavel audit` and the Trust panel alike.
import type { AuditResult, RankCorrelation, ShareWithInterval } from './audit';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const interval = (share: ShareWithInterval) =>
  share.ci === null ? '' : ` (95% interval ${percent(share.ci[0])}–${percent(share.ci[1])})`;
const counted = (share: ShareWithInterval, n: number) => (share.value === null ? 0 : Math.round(share.value * n));
const rho = (correlation: RankCorrelation) =>
  correlation.rho === null
    ? `undefined over ${correlation.n} items`
    : `${correlation.rho.toFixed(2)} over ${correlation.n} items`;

/** One sentence per finding: self-consistency, position bias (pairwise judges), length bias. */
export function auditFindings(audit: AuditResult): string[] {
  const { consistency, position, length } = audit;
  const kappa =
    consistency.fleiss_kappa === null ? 'undefined (every verdict the same)' : consistency.fleiss_kappa.toFixed(2);
  const findings = [
    `${counted(consistency.unanimous, consistency.items)} of ${consistency.items} items got the same verdict all ` +
      `${audit.repeats} times${interval(consistency.unanimous)}; Fleiss' κ ${kappa}.`,
  ];
  if (position) {
    findings.push(
      `${counted(position.flipped, position.pairs)} of ${position.pairs} pairwise verdicts changed when A and B ` +
        `swapped places${interval(position.flipped)}.`,
    );
  }
  findings.push(
    `Length against the judge's verdicts: Spearman ρ ${rho(length.judge)}; ` +
      (length.experts === null
        ? 'no expert labels to compare with.'
        : `against the experts' labels: ρ ${rho(length.experts)}.`),
  );
  return findings;
}
