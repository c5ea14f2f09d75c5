// The Trust numbers drawn: the three rates as points with their 95% intervals on one axis, and the
// planner's interval half-width against the number of random labels, with the judge's help and with
// labels alone, marking the labels now and the count that reaches the target. Each chart has a text
// twin: the rates in its label, the planner's points in a visually hidden table.
import {
  CartesianGrid,
  ErrorBar,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PlanPoint, TrustEstimate, TrustPlan } from '../../../../shared/trust';
import { formatNumber } from '../../format/numbers';
import { ratePoints } from './trust-charts';
import { halfWidthText, rateFormat } from './trust-wording';

const CHART = { width: 480, height: 220 };
const MARGIN = { top: 16, right: 24, bottom: 8, left: 8 };

export function RatesChart({ estimate, passRate }: { estimate: TrustEstimate; passRate: boolean }) {
  const points = ratePoints(estimate);
  const format = rateFormat(passRate);
  const low = Math.min(...points.map((point) => point.low));
  const high = Math.max(...points.map((point) => point.high));
  const pad = (high - low) * 0.15 || 0.05;
  const domain = passRate ? [Math.max(0, low - pad), Math.min(1, high + pad)] : [low - pad, high + pad];
  const described = points
    .map((point) => `${point.name} ${format(point.value)} (95%: ${format(point.low)} – ${format(point.high)})`)
    .join('; ');
  return (
    <figure
      className="trust-chart"
      data-testid="trust-rates-chart"
      role="img"
      aria-label={`Rates with their 95% intervals: ${described}.`}
    >
      <figcaption>The estimate beside the raw rates, with 95% intervals</figcaption>
      <div className="chart" aria-hidden="true">
        <ScatterChart {...CHART} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="category" dataKey="name" allowDuplicatedCategory={false} stroke="var(--muted)" />
          <YAxis type="number" dataKey="value" domain={domain} tickFormatter={format} stroke="var(--muted)" />
          <Tooltip formatter={(value) => (typeof value === 'number' ? format(value) : String(value))} />
          <Scatter data={points} name="Rate" fill="var(--accent)" isAnimationActive={false}>
            <ErrorBar dataKey="error" direction="y" width={10} stroke="var(--accent)" isAnimationActive={false} />
          </Scatter>
        </ScatterChart>
      </div>
    </figure>
  );
}

export function PlannerChart({ plan, curve, passRate }: { plan: TrustPlan; curve: PlanPoint[]; passRate: boolean }) {
  const width = (value: number) => halfWidthText(value, passRate);
  // Ticks in bare numbers (points of a pass rate): the caption names the unit.
  const tick = (value: number) => `±${formatNumber(passRate ? value * 100 : value)}`;
  return (
    <figure className="trust-chart" data-testid="trust-plan-chart">
      <figcaption>Interval half-width{passRate ? ' (points of the pass rate)' : ''} by random labels in all</figcaption>
      <div className="chart" aria-hidden="true">
        <LineChart {...CHART} data={curve} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis type="number" dataKey="labels" domain={['dataMin', 'dataMax']} stroke="var(--muted)" />
          <YAxis tickFormatter={tick} stroke="var(--muted)" />
          <Tooltip formatter={(value) => (typeof value === 'number' ? width(value) : String(value))} />
          <Legend />
          <Line
            dataKey="with_judge"
            name="With the judge"
            stroke="var(--accent)"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            dataKey="labels_alone"
            name="Labels alone"
            stroke="var(--muted)"
            dot={false}
            isAnimationActive={false}
          />
          <ReferenceLine y={plan.half_width} stroke="var(--pass)" strokeDasharray="4 4" />
          <ReferenceLine x={plan.labels_used} stroke="var(--muted)" label={{ value: 'now', position: 'top' }} />
          {plan.labels_needed !== null && (
            <ReferenceLine x={plan.labels_needed} stroke="var(--pass)" label={{ value: 'target', position: 'top' }} />
          )}
        </LineChart>
      </div>
      <table className="visually-hidden" data-testid="trust-plan-table">
        <caption>
          Interval half-width by random labels in all: {plan.labels_used} labels now
          {plan.labels_needed !== null && `, ${plan.labels_needed} reach ${width(plan.half_width)}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Random labels</th>
            <th scope="col">With the judge</th>
            <th scope="col">Labels alone</th>
          </tr>
        </thead>
        <tbody>
          {curve.map((point) => (
            <tr key={point.labels}>
              <th scope="row">{point.labels}</th>
              <td>{width(point.with_judge)}</td>
              <td>{width(point.labels_alone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
