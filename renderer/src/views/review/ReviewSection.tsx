// The Review section: who reviews (asked on first use), then the desk, the labelling sessions, or
// adjudication of reviewers' disagreements.
import { useShallow } from 'zustand/react/shallow';
import { can } from '../../store/slices/shell/access';
import { useGavel } from '../../store/store-context';
import { AdjudicationPanel } from './AdjudicationPanel';
import { ReviewDesk } from './ReviewDesk';
import { ReviewerSetup } from './ReviewerSetup';
import { ReviewPicker } from './ReviewPicker';
import { SessionsPanel } from './SessionsPanel';

export function ReviewSection() {
  const { reviewer, pane, showPane, mayAdjudicate } = useGavel(
    useShallow((s) => ({
      reviewer: s.reviewQueue.reviewer,
      pane: s.sessions.pane,
      showPane: s.showReviewPane,
      mayAdjudicate: can(s, 'adjudication.list'),
    })),
  );
  if (reviewer === null) {
    return (
      <section className="page">
        <h1>Review</h1>
        <ReviewerSetup />
      </section>
    );
  }
  return (
    <section className="page review-page">
      <div className="page-header">
        <h1>Review</h1>
        <div className="tabs" role="tablist" aria-label="Review">
          <button type="button" role="tab" aria-selected={pane === 'queue'} onClick={() => showPane('queue')}>
            Desk
          </button>
          <button
            type="button"
            role="tab"
            data-testid="review-sessions-tab"
            aria-selected={pane === 'sessions'}
            onClick={() => showPane('sessions')}
          >
            Sessions
          </button>
          {mayAdjudicate && (
            <button
              type="button"
              role="tab"
              aria-selected={pane === 'adjudication'}
              onClick={() => showPane('adjudication')}
            >
              Adjudication
            </button>
          )}
        </div>
        {pane !== 'sessions' && <ReviewPicker />}
      </div>
      {pane === 'queue' && <ReviewDesk />}
      {pane === 'sessions' && <SessionsPanel />}
      {pane === 'adjudication' && mayAdjudicate && <AdjudicationPanel />}
    </section>
  );
}
