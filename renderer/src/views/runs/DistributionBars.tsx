// How a judge's verdicts are spread, as horizontal bars scaled to the most frequent verdict.
import type { OutputType } from '../../../../shared/domain';
import { formatPercent } from '../../format/numbers';
import { distributionBars } from './distribution';

interface Props {
  distribution: Record<string, number>;
  outputType: OutputType;
  /** What some verdicts stand for, shown beside them (a pairwise run's A and B are two runs). */
  meanings?: Partial<Record<string, string>>;
}

export function DistributionBars({ distribution, outputType, meanings = {} }: Props) {
  const bars = distributionBars(distribution, outputType);
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  if (total === 0) return <p className="muted small">No verdicts yet.</p>;

  return (
    <ul className="distribution" data-testid="run-distribution" aria-label="Distribution of verdicts">
      {bars.map((bar) => {
        const meaning = meanings[bar.label];
        return (
          <li key={bar.label} className="bar-row" data-value={bar.label} data-count={bar.count}>
            <span className="bar-label" title={meaning}>
              {bar.label}
              {meaning && <span className="bar-meaning"> {meaning}</span>}
            </span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar-fill" style={{ width: `${(bar.count / largest) * 100}%` }} />
            </span>
            <span className="bar-count">
              {bar.count.toLocaleString()} <span className="muted">({formatPercent(bar.count / total)})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
