// How a judge's verdicts are spread, as horizontal bars scaled to the most frequent verdict.
import { formatPercent } from '../../format/numbers';
import { distributionBars } from './distribution';

export function DistributionBars({ distribution }: { distribution: Record<string, number> }) {
  const bars = distributionBars(distribution);
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  if (total === 0) return <p className="muted small">No verdicts yet.</p>;

  return (
    <ul className="distribution" data-testid="run-distribution" aria-label="Distribution of verdicts">
      {bars.map((bar) => (
        <li key={bar.label} className="bar-row" data-value={bar.label} data-count={bar.count}>
          <span className="bar-label">{bar.label}</span>
          <span className="bar-track" aria-hidden="true">
            <span className="bar-fill" style={{ width: `${(bar.count / largest) * 100}%` }} />
          </span>
          <span className="bar-count">
            {bar.count.toLocaleString()} <span className="muted">({formatPercent(bar.count / total)})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
