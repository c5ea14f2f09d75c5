// The desk: queue on the left, the item with its verdicts on the right, keyboard everywhere.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { useGavel } from '../../store/store-context';
import { Cheatsheet } from './Cheatsheet';
import { QueuePanel } from './QueuePanel';
import { ReviewItemPanel } from './ReviewItemPanel';
import { SavedStatus } from './SavedStatus';
import { SessionBanner } from './SessionBanner';
import { useReviewKeys } from './useReviewKeys';

// One empty list for every render, so the shallow-compared selection stays equal while nothing is open.
const NO_JUDGES: string[] = [];

export function ReviewDesk() {
  const { datasetId, session, judges, cheatsheetOpen, toggleCheatsheet } = useGavel(
    useShallow((s) => ({
      datasetId: s.reviewQueue.datasetId,
      session: s.reviewQueue.session,
      judges: s.workspace.datasets.find((dataset) => dataset.id === s.reviewQueue.datasetId)?.judges ?? NO_JUDGES,
      cheatsheetOpen: s.reviewItem.cheatsheetOpen,
      toggleCheatsheet: s.toggleCheatsheet,
    })),
  );
  useReviewKeys();
  return (
    <>
      {session && <SessionBanner session={session} />}
      <SavedStatus />
      {datasetId === null ? (
        <EmptyState title="Choose a dataset">
          <p>Pick a dataset (or open a session) to review its judges’ verdicts. Press ? for the keyboard.</p>
        </EmptyState>
      ) : (
        <div className="review-desk">
          <QueuePanel judges={judges} />
          <ReviewItemPanel />
        </div>
      )}
      {cheatsheetOpen && <Cheatsheet onClose={() => toggleCheatsheet(false)} />}
    </>
  );
}
