// The queue beside the item: status tabs, filters, one row per item (mine marked), paged.
import { useShallow } from 'zustand/react/shallow';
import type { VerdictCell } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatCount } from '../../format/numbers';
import { singleLine } from '../../format/text';
import { compactVerdict } from '../../format/verdict';
import { isRowReviewed } from '../../store/review-values';
import { QUEUE_PAGE_SIZE } from '../../store/slices/review/review-queue-state';
import { useGavel } from '../../store/store-context';
import { QueueFilters } from './QueueFilters';
import { QueueStatusTabs } from './QueueStatusTabs';

export function QueuePanel({ judges }: { judges: string[] }) {
  const { rows, index, offset, total, session, error, loading, reviewRow, showPage } = useGavel(
    useShallow((s) => ({
      rows: s.reviewQueue.rows,
      index: s.reviewQueue.index,
      offset: s.reviewQueue.offset,
      total: s.reviewQueue.total,
      session: s.reviewQueue.session,
      error: s.reviewQueue.error,
      loading: s.reviewQueue.loading,
      reviewRow: s.reviewRow,
      showPage: s.showQueuePage,
    })),
  );
  return (
    <aside className="review-queue" data-testid="review-queue" aria-label="Queue" aria-busy={loading}>
      <QueueStatusTabs />
      <QueueFilters judges={judges} />
      {error && <ErrorAlert error={error} />}
      <ol className="queue-rows">
        {rows.map((row, at) => {
          const reviewed = isRowReviewed(row, session);
          return (
            <li key={row.itemId}>
              <button
                type="button"
                className={at === index ? 'queue-row current' : 'queue-row'}
                data-testid="queue-row"
                data-key={row.key}
                data-reviewed={reviewed ? 'true' : 'false'}
                aria-current={at === index ? 'true' : undefined}
                onClick={() => reviewRow(at)}
              >
                <span className="queue-row-head">
                  <span className="strong">{row.key}</span>
                  {reviewed && <span className="badge tone-pass">✓ reviewed</span>}
                  {row.flagged && <span className="badge tone-fail">flagged</span>}
                </span>
                <span className="muted small">{singleLine(row.request, 120)}</span>
                {/* In a blind session the queue must not give the judges' verdicts away either. */}
                {!session?.blind && (
                  <span className="small">
                    {Object.entries(row.verdicts)
                      .map(([judge, cell]) => `${judge} ${compactVerdict(cell as VerdictCell)}`)
                      .join(' · ')}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {rows.length === 0 && !loading && <p className="muted">No items here.</p>}
      {total > QUEUE_PAGE_SIZE && (
        <div className="form-actions">
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => void showPage(Math.max(0, offset - QUEUE_PAGE_SIZE))}
          >
            Previous
          </button>
          <span className="muted">
            {formatCount(offset + 1)}–{formatCount(offset + rows.length)} of {formatCount(total)}
          </span>
          <button
            type="button"
            disabled={offset + rows.length >= total}
            onClick={() => void showPage(offset + QUEUE_PAGE_SIZE)}
          >
            Next
          </button>
        </div>
      )}
    </aside>
  );
}
