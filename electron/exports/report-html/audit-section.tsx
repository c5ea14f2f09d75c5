/** @jsxRuntime automatic @jsxImportSource react */
// The report's audit of the judge: its newest audit on any dataset (named, with when it ran), its
// findings in the words the app and CLI use, and static figures of the shares with their intervals
// and of the length correlations; or how to run one when the judge was never audited.
import type { StoredAudit } from '../../../shared/audit';
import { auditRhos, auditShares } from '../../../shared/audit-figures';
import { auditFindings } from '../../../shared/audit-wording';
import { RatesFigure } from './rates-figure';
import { RhoFigure } from './rho-figure';

export function AuditSection({ audit }: { audit: StoredAudit | null }) {
  if (audit === null) {
    return (
      <section className="trust-audit">
        <h3>Audit of the judge</h3>
        <p>
          Not audited yet: <code>gavel audit --judge &lt;name&gt; --dataset &lt;d&gt; --repeats K --sample N</code>{' '}
          judges a sample again, several times each, to show whether the judge agrees with itself and leans on position
          or length.
        </p>
      </section>
    );
  }
  const shares = auditShares(audit);
  const rhos = auditRhos(audit);
  return (
    <section className="trust-audit">
      <h3>Audit of the judge</h3>
      <p className="audit-when">
        v{audit.version} on dataset {audit.dataset}, {audit.sample} items × {audit.repeats} repeats (seed {audit.seed}),
        run {audit.createdAt}
        {audit.failed > 0 ? `; ${audit.failed} judgments failed and are left out` : ''}.
      </p>
      <ul>
        {auditFindings(audit).map((finding) => (
          <li key={finding}>{finding}</li>
        ))}
      </ul>
      <div className="figures">
        {shares.length > 0 && (
          <RatesFigure
            rates={shares.map((share) => ({ name: share.name, rate: share }))}
            caption="Shares with their 95% intervals"
            label="Audit shares with intervals"
            range={[0, 1]}
          />
        )}
        {rhos.length > 0 && <RhoFigure rhos={rhos} />}
      </div>
    </section>
  );
}
