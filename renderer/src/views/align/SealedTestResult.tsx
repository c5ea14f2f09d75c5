// The sealed test of a finished search: the from-version and the winner measured on the same test
// items (agreement with intervals), the difference in per-item agreement with its interval and
// p-value, and whether the winner was promoted.
import type { AlignSearchView, AlignTestResult } from '../../../../shared/align';
import { BeforeAfterTable } from '../calibration/BeforeAfterTable';
import { differenceText, pValueText, sealedTestHeading, searchVerdict } from './align-wording';

export function SealedTestResult({ search, test }: { search: AlignSearchView; test: AlignTestResult }) {
  const verdict = searchVerdict(search);
  const difference = differenceText(test.difference);
  const p = pValueText(test.p_value);
  return (
    <div className="sealed-test" data-testid="sealed-test">
      <h3 data-testid="sealed-heading">{sealedTestHeading(test)}</h3>
      {difference && (
        <p data-testid="sealed-difference">
          Agreement with the experts: <strong>{difference}</strong>
          {p && <span className="muted"> · {p}</span>}
        </p>
      )}
      {test.before && test.after && (
        <BeforeAfterTable
          before={test.before}
          after={test.after}
          fromVersion={search.from_version}
          toVersion={search.to_version}
          testId="sealed-before-after"
        />
      )}
      {verdict && (
        <p
          className={`note tone-${verdict.tone}`}
          role="status"
          data-testid="align-verdict"
          data-promoted={search.promoted}
        >
          {verdict.text}
        </p>
      )}
    </div>
  );
}
