/** @jsxRuntime automatic @jsxImportSource react */
// Judge vs human verdict counts per value, as an inline SVG grouped bar chart.

const HEIGHT = 220;
const PLOT_TOP = 24;
const PLOT_BOTTOM = HEIGHT - 28;
const LEFT = 36;
const GROUP = 64;
const BAR = 24;

export function DistributionChart({ bars }: { bars: Array<{ value: string; judge: number; human: number }> }) {
  const max = Math.max(1, ...bars.flatMap((bar) => [bar.judge, bar.human]));
  const width = LEFT + bars.length * GROUP + 16;
  const y = (n: number) => PLOT_BOTTOM - ((PLOT_BOTTOM - PLOT_TOP) * n) / max;
  return (
    <figure>
      <figcaption>Verdicts given, judge vs humans</figcaption>
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label="Verdict distribution"
      >
        <g className="legend">
          <rect x={LEFT} y={4} width={10} height={10} className="judge" />
          <text x={LEFT + 14} y={13}>
            judge
          </text>
          <rect x={LEFT + 70} y={4} width={10} height={10} className="human" />
          <text x={LEFT + 84} y={13}>
            humans
          </text>
        </g>
        <line x1={LEFT} y1={PLOT_BOTTOM} x2={width - 8} y2={PLOT_BOTTOM} className="axis-line" />
        <text x={LEFT - 6} y={PLOT_TOP + 4} textAnchor="end">
          {max}
        </text>
        <text x={LEFT - 6} y={PLOT_BOTTOM} textAnchor="end">
          0
        </text>
        {bars.map((bar, i) => {
          const x = LEFT + i * GROUP + (GROUP - 2 * BAR) / 2;
          return (
            <g key={bar.value}>
              <rect x={x} y={y(bar.judge)} width={BAR} height={PLOT_BOTTOM - y(bar.judge)} className="judge">
                <title>{`judge ${bar.value}: ${bar.judge}`}</title>
              </rect>
              <rect x={x + BAR} y={y(bar.human)} width={BAR} height={PLOT_BOTTOM - y(bar.human)} className="human">
                <title>{`humans ${bar.value}: ${bar.human}`}</title>
              </rect>
              <text x={x + BAR} y={PLOT_BOTTOM + 16} textAnchor="middle">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
