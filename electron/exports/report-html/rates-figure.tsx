/** @jsxRuntime automatic @jsxImportSource react */
// Rates (or shares) with their 95% intervals as an inline SVG: a dot for each value and a bar from
// the interval's low to its high end, side by side on one axis, fitted to the intervals unless a
// fixed range (0…1 for shares) is given.
import type { RateWithInterval } from '../../../shared/trust';

const HEIGHT = 200;
const PLOT_TOP = 16;
const PLOT_BOTTOM = HEIGHT - 28;
const LEFT = 48;
const SLOT = 96;

export function RatesFigure({
  rates,
  caption = 'Rates with their 95% intervals',
  label = 'Rates with intervals',
  range,
}: {
  rates: { name: string; rate: RateWithInterval }[];
  caption?: string;
  label?: string;
  range?: [number, number];
}) {
  const low = Math.min(...rates.map(({ rate }) => rate.ci[0]));
  const high = Math.max(...rates.map(({ rate }) => rate.ci[1]));
  const pad = (high - low) * 0.1 || 0.05;
  const [bottom, top] = range ?? [low - pad, high + pad];
  const y = (value: number) => PLOT_BOTTOM - ((PLOT_BOTTOM - PLOT_TOP) * (value - bottom)) / (top - bottom);
  const width = LEFT + rates.length * SLOT + 8;
  return (
    <figure>
      <figcaption>{caption}</figcaption>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={label}>
        <line x1={LEFT} y1={PLOT_BOTTOM} x2={width - 8} y2={PLOT_BOTTOM} className="axis-line" />
        <text x={LEFT - 6} y={y(top) + 4} textAnchor="end">
          {top.toFixed(2)}
        </text>
        <text x={LEFT - 6} y={y(bottom)} textAnchor="end">
          {bottom.toFixed(2)}
        </text>
        {rates.map(({ name, rate }, i) => {
          const x = LEFT + i * SLOT + SLOT / 2;
          return (
            <g key={name} className="rate">
              <title>{`${name}: ${rate.value.toFixed(3)} (95% ${rate.ci[0].toFixed(3)} – ${rate.ci[1].toFixed(3)})`}</title>
              <line x1={x} y1={y(rate.ci[0])} x2={x} y2={y(rate.ci[1])} className="interval" />
              <line x1={x - 8} y1={y(rate.ci[0])} x2={x + 8} y2={y(rate.ci[0])} className="interval" />
              <line x1={x - 8} y1={y(rate.ci[1])} x2={x + 8} y2={y(rate.ci[1])} className="interval" />
              <circle cx={x} cy={y(rate.value)} r={5} className="human" />
              <text x={x} y={PLOT_BOTTOM + 16} textAnchor="middle">
                {name}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
