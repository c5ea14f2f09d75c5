// The Align view's results in words: the sealed-test difference in percentage points with its
// interval, the p-value, and whether the new version was promoted.
import type { AlignSearchView, AlignTestResult, ProposalStatus } from '../../../../shared/align';
import { formatNumber, formatSigned } from '../../format/numbers';
import { plural } from '../../format/text';

/** Per-item agreement runs from 0 to 1: its difference reads in percentage points. */
const points = (value: number) => `${formatSigned(value * 100, formatNumber)} pts`;

/** `+12 pts (95% CI +4 pts – +20 pts)`; null before the sealed test has a difference. */
export function differenceText(difference: AlignTestResult['difference']): string | null {
  if (difference.value === null) return null;
  const [lower, upper] = difference.ci;
  const interval = lower === null || upper === null ? '' : ` (95% CI ${points(lower)} – ${points(upper)})`;
  return `${points(difference.value)}${interval}`;
}

/** Two significant digits; below 0.001 only that, as more digits would promise precision it lacks. */
export function pValueText(p: number | null): string | null {
  if (p === null) return null;
  return p < 0.001 ? `p < 0.001` : `p = ${Number(p.toPrecision(2))}`;
}

/**
 * The sealed test's size, and how many of its items were measured when fewer: items the experts split
 * on have no agreed label, so the numbers below rest on the others only.
 */
export function sealedTestHeading(test: AlignTestResult): string {
  const heading = `Sealed test: ${plural(test.items.length, 'item')} no guideline or example came from`;
  const measured = test.before?.n;
  if (measured === undefined || measured >= test.items.length) return heading;
  return `${heading}, ${measured} of them with an agreed expert label`;
}

export interface SearchVerdict {
  tone: 'pass' | 'fail';
  text: string;
}

/**
 * Promoted, or "no reliable improvement" with which version stays; null until the search is done.
 * The search's own closing message is not repeated: it restates this and the difference shown above.
 */
export function searchVerdict(search: AlignSearchView): SearchVerdict | null {
  if (search.status !== 'done') return null;
  if (search.promoted) {
    return { tone: 'pass', text: `Promoted: version ${search.to_version} is now the judge’s current version.` };
  }
  const kept = search.to_version === null ? '' : ` version ${search.to_version} is kept as a candidate and`;
  return { tone: 'fail', text: `No reliable improvement:${kept} version ${search.from_version} stays current.` };
}

export const PROPOSAL_STATUS_LABELS: Record<ProposalStatus, string> = {
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
};
