/** @jsxRuntime automatic @jsxImportSource react */
// Rank correlations as an inline SVG: one bar each from zero to its ρ on a fixed −1…1 axis, so the
// judge's length bias reads against the experts' at a glance.
import type { AuditRho } from '../../../shared/audit-figures';

const HEIGHT = 200;
const PLOT_TOP = 16;
const PLOT_BOTTOM = HEIGHT - 28;
const LEFT = 48;
const SLOT = 96;
const BAR = 32;

const y = (rho: number) => PLOT_TOP + ((PLOT_BOTTOM - PLOT_TOP) * (1 - rho)) / 2;

export function RhoFigure({ rhos }: { rhos: AuditRho[] }) {
  const width = LEFT + rhos.length * SLOT + 8;
  return (
    <figure>
      <figcaption>Length against score: Spearman ρ on −1…1</figcaption>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label="Length correlations">
        <line x1={LEFT} y1={y(0)} x2={width - 8} y2={y(0)} className="axis-line" />
        {[1, 0, -1].map((tick) => (
          <text key={tick} x={LEFT - 6} y={y(tick) + 4} textAnchor="end">
            {tick}
          </text>
        ))}
        {rhos.map(({ name, rho, n }, i) => {
          const x = LEFT + i * SLOT + SLOT / 2;
          return (
            <g key={name} className="rho">
              <title>{`${name}: ρ ${rho.toFixed(3)} over ${n} items`}</title>
              <rect
                x={x - BAR / 2}
                y={Math.min(y(rho), y(0))}
                width={BAR}
                height={Math.abs(y(rho) - y(0))}
                className="human"
              />
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
