// What an audit's chart draws, in the app and in the report alike: the shares (unanimous verdicts,
// flips when A and B swap) with their 95% intervals on 0…1, and the length-bias rank correlations
// of the judge and of the experts as bars on −1…1. Numbers that are undefined are left out.
import type { AuditResult } from './audit';

export interface AuditShare {
  name: string;
  value: number;
  ci: [number, number];
}

export interface AuditRho {
  name: string;
  rho: number;
  /** Items the correlation was computed on. */
  n: number;
}

export function auditShares(audit: AuditResult): AuditShare[] {
  const shares = [{ name: 'Unanimous', share: audit.consistency.unanimous }];
  if (audit.position) shares.push({ name: 'Flipped when swapped', share: audit.position.flipped });
  return shares.flatMap(({ name, share }) =>
    share.value === null || share.ci === null ? [] : [{ name, value: share.value, ci: share.ci }],
  );
}

export function auditRhos(audit: AuditResult): AuditRho[] {
  const correlations = [
    { name: 'Judge', correlation: audit.length.judge },
    { name: 'Experts', correlation: audit.length.experts },
  ];
  return correlations.flatMap(({ name, correlation }) =>
    correlation?.rho == null ? [] : [{ name, rho: correlation.rho, n: correlation.n }],
  );
}
