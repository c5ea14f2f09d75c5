// The item under review: its fields beside each judge's verdict and my controls, then its history.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { reviewedJudgments } from '../../store/review-values';
import { hiddenJudges } from '../../store/slices/review-item';
import { useGavel } from '../../store/store-context';
import { DetailSection } from '../detail/DetailSection';
import { ItemFields } from '../detail/ItemFields';
import { LabelHistory } from './LabelHistory';
import { ResponseDiff } from './ResponseDiff';
import { VerdictReview } from './VerdictReview';

export function ReviewItemPanel() {
  const { item, loading, error, history, drafts, session, reviewer } = useGavel(
    useShallow((s) => ({
      item: s.reviewItem.item,
      loading: s.reviewItem.loading,
      error: s.reviewItem.error,
      history: s.reviewItem.history,
      drafts: s.reviewItem.drafts,
      session: s.reviewQueue.session,
      reviewer: s.reviewQueue.reviewer,
    })),
  );
  if (!item) {
    return (
      <div className="review-item">
        {error && <ErrorAlert error={error} />}
        {loading ? <p className="muted">Loading…</p> : <EmptyState>Choose an item in the queue.</EmptyState>}
      </div>
    );
  }
  const judgments = reviewedJudgments(item, session);
  // Per-chunk verdicts beside the context, and others' labels in the history, stay hidden too while
  // a blind verdict is: they would anchor my rating as much as the verdict itself.
  const hidden = hiddenJudges(judgments, { blind: session?.blind ?? false, drafts, history, reviewer });
  const shownItem = { ...item, judgments: item.judgments.filter((judgment) => !hidden.has(judgment.judge)) };
  return (
    <div className={loading ? 'review-item stale' : 'review-item'} data-testid="review-item" data-key={item.key}>
      {error && <ErrorAlert error={error} />}
      <h2>{item.key}</h2>
      <div className="review-columns">
        <div className="review-fields">
          <ItemFields item={shownItem}>
            {item.response && item.expected_response && (
              <ResponseDiff expected={item.expected_response} response={item.response} />
            )}
          </ItemFields>
        </div>
        <div className="review-verdicts">
          <DetailSection title="Verdicts">
            {judgments.length === 0 ? (
              <p className="muted">No judge has a verdict on this item.</p>
            ) : (
              judgments.map((judgment) => <VerdictReview key={`${item.id}:${judgment.judge}`} judgment={judgment} />)
            )}
          </DetailSection>
          <LabelHistory history={history.filter((label) => !hidden.has(label.judge))} judgments={item.judgments} />
        </div>
      </div>
    </div>
  );
}
