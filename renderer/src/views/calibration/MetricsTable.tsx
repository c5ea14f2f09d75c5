// Agreement numbers as a table: the value, its 95% interval, and what the number means.
import type { MetricRow } from './agreement-metrics';
import { showInterval, showValue } from './agreement-metrics';

export function MetricsTable({ caption, rows }: { caption: string; rows: MetricRow[] }) {
  return (
    <table className="list-table compact metrics-table" data-testid="agreement-metrics">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" className="number">
            Value
          </th>
          <th scope="col">95% interval</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-metric={row.key}>
            <th scope="row">
              <span className="strong">{row.name}</span>
              <span className="muted small block">{row.hint}</span>
            </th>
            <td className="number" data-testid="metric-value">
              {showValue(row)}
            </td>
            <td className="muted nowrap">{showInterval(row.interval, row.format) ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
