// Two versions' agreement with the humans on the same items, measure by measure, each with its 95%
// interval, and the change.
import type { AgreementResult } from '../../../../shared/calibration';
import { beforeAfter } from './agreement-metrics';

interface Props {
  before: AgreementResult;
  after: AgreementResult;
  fromVersion: number;
  toVersion: number | null;
  testId: string;
}

export function BeforeAfterTable({ before, after, fromVersion, toVersion, testId }: Props) {
  return (
    <table className="list-table compact" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Before: v{fromVersion} (95%)</th>
          <th scope="col">After: v{toVersion} (95%)</th>
          <th scope="col" className="number">
            Change
          </th>
        </tr>
      </thead>
      <tbody>
        {beforeAfter(before, after).map((row) => (
          <tr key={row.key} data-metric={row.key}>
            <th scope="row">{row.name}</th>
            <td data-testid="before-value">{row.before}</td>
            <td data-testid="after-value">{row.after}</td>
            <td className="number">{row.change ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
