// The latest audit of the judge on the Trust dataset (run with `gavel audit`): whether the judge
// agrees with itself, flips when A and B swap (pairwise judges), and follows response length, in
// plain words with their numbers and drawn beside them, and when it was run; and the owner's form to
// run a new audit from here.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { auditFindings } from '../../../../shared/audit-wording';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { AuditChart } from './AuditChart';
import { AuditForm } from './AuditForm';

export function AuditSummary() {
  const { audit, judge, version, datasetId, load } = useGavel(
    useShallow((s) => ({
      audit: s.trust.audit,
      judge: s.calibration.judge,
      version: s.calibration.version,
      datasetId: s.trust.datasetId,
      load: s.loadLatestAudit,
    })),
  );
  useEffect(() => void load(), [load, judge, version, datasetId]);
  return (
    <div data-testid="trust-audit">
      <h3>Audit of the judge</h3>
      {audit === null ? (
        <p className="muted small" data-testid="trust-audit-none">
          Not audited on this dataset yet: <code>gavel audit</code> (or the owner's “Audit this judge…” below) judges a
          sample of its items again, several times each, to show whether the judge agrees with itself and leans on
          position or length.
        </p>
      ) : (
        <>
          <div className="trust-charts">
            <ul data-testid="trust-audit-findings">
              {auditFindings(audit).map((finding) => (
                <li key={finding}>{finding}</li>
              ))}
            </ul>
            <AuditChart audit={audit} />
          </div>
          <p className="muted small" data-testid="trust-audit-when">
            v{audit.version}, {audit.sample} items × {audit.repeats} repeats, run {formatDate(audit.createdAt)}
            {audit.failed > 0 ? `; ${audit.failed} judgments failed and are left out` : ''}.
          </p>
        </>
      )}
      <AuditForm />
    </div>
  );
}
