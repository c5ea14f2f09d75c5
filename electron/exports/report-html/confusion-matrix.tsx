/** @jsxRuntime automatic @jsxImportSource react */
// A confusion matrix as inline SVG: judge verdicts down, human verdicts across, darker = more items.

const CELL = 56;
const LABEL = 80;

export interface MatrixProps {
  title: string;
  values: string[];
  /** Items the judge gave `judge` and the humans gave `human`. */
  count: (judge: string, human: string) => number;
}

export function ConfusionMatrix({ title, values, count }: MatrixProps) {
  const counts = values.map((judge) => values.map((human) => count(judge, human)));
  const max = Math.max(1, ...counts.flat());
  const size = LABEL + values.length * CELL;
  return (
    <figure>
      <figcaption>{title}</figcaption>
      <svg width={size} height={size + 20} viewBox={`0 0 ${size} ${size + 20}`} role="img" aria-label={title}>
        <text x={LABEL + (values.length * CELL) / 2} y={12} textAnchor="middle" className="axis">
          human
        </text>
        <text
          x={12}
          y={20 + LABEL + (values.length * CELL) / 2}
          textAnchor="middle"
          className="axis"
          transform={`rotate(-90 12 ${20 + LABEL + (values.length * CELL) / 2})`}
        >
          judge
        </text>
        {values.map((value, i) => (
          <g key={`labels-${value}`}>
            <text x={LABEL + i * CELL + CELL / 2} y={20 + LABEL - 8} textAnchor="middle">
              {value}
            </text>
            <text x={LABEL - 8} y={20 + LABEL + i * CELL + CELL / 2 + 4} textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        {counts.map((row, i) =>
          row.map((n, j) => (
            <g key={`${values[i]}-${values[j]}`} className={i === j ? 'cell agree' : 'cell'}>
              <rect
                x={LABEL + j * CELL}
                y={20 + LABEL + i * CELL}
                width={CELL - 2}
                height={CELL - 2}
                fillOpacity={0.1 + (0.9 * n) / max}
              />
              <text x={LABEL + j * CELL + CELL / 2} y={20 + LABEL + i * CELL + CELL / 2 + 4} textAnchor="middle">
                {n}
              </text>
            </g>
          )),
        )}
      </svg>
    </figure>
  );
}
