// Who is reviewing, in the window header, with a way to switch to another identity.
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';

export function ReviewerBadge() {
  const { reviewer, fixed, switchReviewer, goTo } = useGavel(
    useShallow((s) => ({
      reviewer: s.reviewQueue.reviewer,
      // A reviewer's link is one reviewer: the AccessBadge says who.
      fixed: s.access.me?.reviewer != null,
      switchReviewer: s.switchReviewer,
      goTo: s.goTo,
    })),
  );
  if (reviewer === null || fixed) return null;
  return (
    <span className="reviewer-badge">
      <span className="header-label">Reviewer</span>
      <span className="strong" data-testid="reviewer-current">
        {reviewer}
      </span>
      <button
        type="button"
        className="quiet"
        onClick={() => {
          switchReviewer();
          goTo('review');
        }}
      >
        Switch
      </button>
    </span>
  );
}
