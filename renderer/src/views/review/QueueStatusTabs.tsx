// The queue's status tabs, each with how many items it holds.
import { useShallow } from 'zustand/react/shallow';
import { QUEUE_STATUSES } from '../../../../shared/review';
import { formatCount } from '../../format/numbers';
import { QUEUE_STATUS_LABELS } from '../../format/review';
import { useGavel } from '../../store/store-context';

// The order a reviewer works through them; "all" last.
const TAB_ORDER = [...QUEUE_STATUSES.filter((status) => status !== 'all'), 'all' as const];

export function QueueStatusTabs() {
  const { status, counts, setFilter } = useGavel(
    useShallow((s) => ({
      status: s.reviewQueue.filter.status,
      counts: s.reviewQueue.counts,
      setFilter: s.setQueueFilter,
    })),
  );
  return (
    <div className="tabs queue-tabs" role="tablist" aria-label="Queue status" data-testid="queue-status">
      {TAB_ORDER.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          data-status={tab}
          aria-selected={status === tab}
          onClick={() => void setFilter({ status: tab })}
        >
          {QUEUE_STATUS_LABELS[tab]}{' '}
          <span className="badge" data-testid="queue-count" data-status={tab}>
            {counts ? formatCount(counts[tab]) : '…'}
          </span>
        </button>
      ))}
    </div>
  );
}
