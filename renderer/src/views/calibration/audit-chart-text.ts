// The audit chart's text twin: every share with its interval and every rank correlation, in words.
import type { AuditResult } from '../../../../shared/audit';
import { auditRhos, auditShares } from '../../../../shared/audit-figures';
import { formatNumber, formatPercent } from '../../format/numbers';

export function auditChartText(audit: AuditResult): string {
  const shares = auditShares(audit).map(
    ({ name, value, ci }) => `${name} ${formatPercent(value)} (95%: ${formatPercent(ci[0])} – ${formatPercent(ci[1])})`,
  );
  const rhos = auditRhos(audit).map(({ name, rho, n }) => `${name} ρ ${formatNumber(rho)} over ${n} items`);
  const length = rhos.length === 0 ? 'no length correlation defined' : `length against score: ${rhos.join(', ')}`;
  return `Audit: ${[...shares, length].join('; ')}.`;
}
