// The item under review: its fields beside each judge's verdict and my controls, then its history.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { auditHighlights } from '../../audit/item-audit';
import { reviewedJudgments } from '../../store/review-values';
import { isAuditOn } from '../../store/slices/review/review-audit';
import { hiddenJudges } from '../../store/my-labels';
import { sideBySideOf } from '../../store/side-by-side';
import { useGavel } from '../../store/store-context';
import { DetailSection } from '../detail/DetailSection';
import { ItemFields } from '../detail/ItemFields';
import { RequestField } from '../detail/RequestField';
import { LabelHistory } from './LabelHistory';
import { ResponseDiff } from './ResponseDiff';
import { SideBySide } from './SideBySide';
import { SideBySideSwitch } from './SideBySideSwitch';
import { useCitations } from './useCitations';
import { VerdictReview } from './VerdictReview';

export function ReviewItemPanel() {
  const { item, loading, error, history, versions, session, reviewer, focusedJudge, auditOn, responses, sideBySide } =
    useGavel(
      useShallow((s) => ({
        item: s.reviewItem.item,
        responses: s.reviewItem.responses,
        sideBySide: s.reviewItem.sideBySide,
        loading: s.reviewItem.loading,
        error: s.reviewItem.error,
        history: s.reviewItem.history,
        versions: s.reviewItem.versions,
        session: s.reviewQueue.session,
        reviewer: s.reviewQueue.reviewer,
        focusedJudge: s.reviewItem.focusedJudge,
        auditOn: isAuditOn(s),
      })),
    );
  const blind = session?.blind ?? false;
  const judgments = useMemo(() => (item ? reviewedJudgments(item, session, versions) : []), [item, session, versions]);
  // Per-chunk verdicts beside the context, and others' labels in the history, stay hidden too while
  // a blind verdict is: they would anchor my rating as much as the verdict itself.
  const hidden = useMemo(
    () => hiddenJudges(judgments, { blind, history, reviewer }),
    [judgments, blind, history, reviewer],
  );
  // The fields mark what the focused judge cites, never what a still hidden verdict cites.
  const audited = judgments.find((judgment) => judgment.judge === focusedJudge && !hidden.has(judgment.judge));
  const citations = useCitations(item, audited, auditOn);
  const highlights = useMemo(() => (citations ? auditHighlights(citations) : undefined), [citations]);
  const shownItem = useMemo(
    () => item && { ...item, judgments: item.judgments.filter((judgment) => !hidden.has(judgment.judge)) },
    [item, hidden],
  );
  if (!item || !shownItem) {
    return (
      <div className="review-item">
        {error && <ErrorAlert error={error} />}
        {loading ? <p className="muted">Loading…</p> : <EmptyState>Choose an item in the queue.</EmptyState>}
      </div>
    );
  }
  const pair = sideBySideOf(item, responses, session, focusedJudge);
  const labelHistory = (
    <LabelHistory history={history.filter((label) => !hidden.has(label.judge))} judgments={item.judgments} />
  );
  return (
    <div className={loading ? 'review-item stale' : 'review-item'} data-testid="review-item" data-key={item.key}>
      {error && <ErrorAlert error={error} />}
      <h2>{item.key}</h2>
      {(pair || (sideBySide && responses)) && <SideBySideSwitch on={sideBySide} available={pair !== null} />}
      {sideBySide && pair ? (
        <>
          <RequestField text={item.request} testId="side-request" />
          <SideBySide shown={pair} />
          {labelHistory}
        </>
      ) : (
        <div className="review-columns">
          <div className="review-fields">
            <ItemFields item={shownItem} highlights={highlights}>
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
            {labelHistory}
          </div>
        </div>
      )}
    </div>
  );
}
