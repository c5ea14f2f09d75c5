// One block of the comparison table: the same statistics for run A and run B, and B − A.
import type { ReactNode } from 'react';
import { showDifference, showMetric, type Metric } from './aggregate-facts';

interface Props<Subject> {
  title: ReactNode;
  metrics: Metric<Subject>[];
  a: Subject | null;
  b: Subject | null;
  testId: string;
  judge?: string;
}

export function CompareGroup<Subject>({ title, metrics, a, b, testId, judge }: Props<Subject>) {
  return (
    <tbody data-testid={testId} data-judge={judge}>
      <tr className="group-row">
        <th scope="rowgroup" colSpan={4}>
          {title}
          {a === null && <span className="muted small"> (only in B)</span>}
          {b === null && <span className="muted small"> (only in A)</span>}
        </th>
      </tr>
      {metrics.map((metric) => (
        <tr key={metric.name}>
          <th scope="row" className="metric-name">
            {metric.name}
          </th>
          <td className="number">{showMetric(metric, a)}</td>
          <td className="number">{showMetric(metric, b)}</td>
          <td className="number strong">{showDifference(metric, a, b)}</td>
        </tr>
      ))}
    </tbody>
  );
}
