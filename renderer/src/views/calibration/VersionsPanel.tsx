// The judge over its versions: accuracy and κ per version with their 95% intervals as error bars,
// and the same numbers as a table (the chart's accessible twin).
import { CartesianGrid, ErrorBar, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber, formatPercent } from '../../format/numbers';
import { formatDate } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { valueWithInterval } from './agreement-metrics';
import { valueTicks, versionPoints } from './version-series';

const CHART = { width: 560, height: 240 };

export function VersionsPanel() {
  const { overview } = useGavel(useShallow((s) => ({ overview: s.calibration.overview })));
  if (!overview) return null;
  const points = versionPoints(overview.versions);
  const ticks = valueTicks(points);
  return (
    <section className="calibration-panel" aria-labelledby="versions-title" data-testid="calibration-versions">
      <h2 id="versions-title">Versions over time</h2>
      {points.length > 0 && (
        <div className="chart" aria-hidden="true">
          <LineChart {...CHART} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="version" padding={{ left: 24, right: 24 }} stroke="var(--muted)" />
            <YAxis
              domain={[ticks[0]!, 1]}
              ticks={ticks}
              tickFormatter={(value: number) => formatNumber(value)}
              stroke="var(--muted)"
            />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))} />
            <Legend />
            <Line type="monotone" dataKey="accuracy" name="Accuracy" stroke="var(--accent)" isAnimationActive={false}>
              <ErrorBar dataKey="accuracyError" width={4} stroke="var(--accent)" isAnimationActive={false} />
            </Line>
            <Line type="monotone" dataKey="kappa" name="Cohen’s κ" stroke="var(--pass)" isAnimationActive={false}>
              <ErrorBar dataKey="kappaError" width={4} stroke="var(--pass)" isAnimationActive={false} />
            </Line>
          </LineChart>
        </div>
      )}
      <table className="list-table compact" data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Created</th>
            <th scope="col" className="number">
              Items
            </th>
            <th scope="col">Accuracy (95%)</th>
            <th scope="col">κ (95%)</th>
          </tr>
        </thead>
        <tbody>
          {overview.versions.map(({ version, createdAt, agreement }) => (
            <tr key={version} data-version={version} aria-current={version === overview.version ? 'true' : undefined}>
              <th scope="row">v{version}</th>
              <td className="nowrap">{formatDate(createdAt)}</td>
              <td className="number">{agreement ? agreement.n : '—'}</td>
              <td>
                {agreement
                  ? valueWithInterval(agreement.binary.accuracy, agreement.ci.binary.accuracy, formatPercent)
                  : 'no human decisions'}
              </td>
              <td>
                {agreement ? valueWithInterval(agreement.binary.kappa, agreement.ci.binary.kappa, formatNumber) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
