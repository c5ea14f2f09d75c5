// The latest audit drawn beside its words: the unanimous share and (pairwise judges) the flipped
// share as points with their 95% intervals on 0…1, and the length-bias ρ of the judge beside the
// experts' as bars on −1…1. The figure's label is its text twin, as in the other Trust charts.
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AuditResult } from '../../../../shared/audit';
import { auditRhos, auditShares } from '../../../../shared/audit-figures';
import { formatNumber, formatPercent } from '../../format/numbers';
import { auditChartText } from './audit-chart-text';

const SHARES = { width: 260, height: 200 };
const RHOS = { width: 260, height: 200 };
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };
const asText = (format: (value: number) => string) => (value: unknown) =>
  typeof value === 'number' ? format(value) : String(value);

export function AuditChart({ audit }: { audit: AuditResult }) {
  const shares = auditShares(audit).map((share) => ({
    ...share,
    error: [share.value - share.ci[0], share.ci[1] - share.value],
  }));
  const rhos = auditRhos(audit);
  return (
    <figure className="trust-chart" data-testid="trust-audit-chart" role="img" aria-label={auditChartText(audit)}>
      <figcaption>The audit: shares with 95% intervals; length against score (Spearman ρ)</figcaption>
      <div className="trust-charts" aria-hidden="true">
        {shares.length > 0 && (
          <ScatterChart {...SHARES} margin={MARGIN}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis type="category" dataKey="name" allowDuplicatedCategory={false} stroke="var(--muted)" />
            <YAxis type="number" dataKey="value" domain={[0, 1]} tickFormatter={formatPercent} stroke="var(--muted)" />
            <Tooltip formatter={asText(formatPercent)} />
            <Scatter data={shares} name="Share" fill="var(--accent)" isAnimationActive={false}>
              <ErrorBar dataKey="error" direction="y" width={10} stroke="var(--accent)" isAnimationActive={false} />
            </Scatter>
          </ScatterChart>
        )}
        {rhos.length > 0 && (
          <BarChart {...RHOS} data={rhos} margin={MARGIN}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="name" stroke="var(--muted)" />
            <YAxis type="number" domain={[-1, 1]} ticks={[-1, -0.5, 0, 0.5, 1]} stroke="var(--muted)" />
            <Tooltip formatter={asText(formatNumber)} />
            <ReferenceLine y={0} stroke="var(--muted)" />
            <Bar dataKey="rho" name="ρ" fill="var(--accent)" isAnimationActive={false} />
          </BarChart>
        )}
      </div>
    </figure>
  );
}
