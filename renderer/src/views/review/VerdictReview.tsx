// One judge's verdict on the item under review, beside my controls: confirm, override on the judge's
// scale with a rationale and audit tags, skip, flag; in blind mode my rating comes first.
import { useEffect, useMemo, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { JudgmentView } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LABEL_ACTION_LABELS } from '../../format/review';
import { verdictOnScale } from '../../format/verdict';
import { isVerdictHidden, myLatestLabel } from '../../store/my-labels';
import { emptyDraft } from '../../store/slices/review/review-item-state';
import { useGavel, useGavelStore } from '../../store/store-context';
import { JudgmentCard } from '../detail/JudgmentCard';
import { AuditTags } from './AuditTags';
import { BlindRating } from './BlindRating';
import { JustificationAudit } from './JustificationAudit';
import { RationaleField } from './RationaleField';
import { ValueChoices } from './ValueChoices';
import { verdictActions } from './verdict-actions';
import { UndoAndSaving } from './UndoAndSaving';
import { VersionSwitch } from './VersionSwitch';

export function VerdictReview({ judgment }: { judgment: JudgmentView }) {
  const store = useGavelStore();
  const { draft, focused, myLabel, session, hidden, focusJudge } = useGavel(
    useShallow((s) => ({
      draft: s.reviewItem.drafts[judgment.judge] ?? emptyDraft,
      focused: s.reviewItem.focusedJudge === judgment.judge,
      myLabel: myLatestLabel(s.reviewItem.history, s.reviewQueue.reviewer, judgment.judge),
      session: s.reviewQueue.session,
      hidden: isVerdictHidden({
        blind: s.reviewQueue.session?.blind ?? false,
        history: s.reviewItem.history,
        reviewer: s.reviewQueue.reviewer,
        judge: judgment.judge,
      }),
      focusJudge: s.focusJudge,
    })),
  );
  const actions = useMemo(() => verdictActions(store.getState(), judgment.judge), [store, judgment.judge]);
  const blind = session?.blind ?? false;
  const card = useRef<HTMLElement>(null);
  // The keyboard moves between cards below the fold too: the focused one is always brought into view.
  useEffect(() => {
    if (focused) card.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);
  const requireRationale = session?.requireRationale ?? true;

  return (
    <article
      ref={card}
      className={focused ? 'verdict-review focused' : 'verdict-review'}
      data-testid="review-verdict"
      data-judge={judgment.judge}
      data-hidden={hidden ? 'true' : 'false'}
      aria-current={focused ? 'true' : undefined}
      onFocus={() => focusJudge(judgment.judge)}
    >
      {hidden ? (
        <>
          <header className="judgment-header">
            <span className="strong">{judgment.judge}</span>
            <span className="muted">verdict hidden</span>
          </header>
          <VersionSwitch judge={judgment.judge} shown={judgment.judgeVersion} />
          <BlindRating judgment={judgment} draft={draft} actions={actions} />
        </>
      ) : (
        <>
          <VersionSwitch judge={judgment.judge} shown={judgment.judgeVersion} />
          <JudgmentCard judgment={judgment} />
          <JustificationAudit judgment={judgment} />
          {draft.blindRating && (
            <p className="small">
              Your blind rating:{' '}
              <span className="strong">{verdictOnScale(draft.blindRating, judgment.outputType)}</span>
            </p>
          )}
          {myLabel && (
            <p className="muted small">
              Your label: {LABEL_ACTION_LABELS[myLabel.action]} · {verdictOnScale(myLabel, judgment.outputType)}
            </p>
          )}
          <div className="review-controls">
            <ValueChoices judge={judgment} value={draft.value} onValue={actions.setValue} />
            <RationaleField
              judge={judgment.judge}
              rationale={draft.rationale}
              required={requireRationale}
              onRationale={actions.setRationale}
            />
            <AuditTags tags={draft.tags} onToggle={actions.toggleTag} />
            <div className="form-actions">
              <button
                type="button"
                className="primary"
                data-testid="verdict-confirm"
                onClick={actions.confirm}
                disabled={draft.saving}
              >
                {blind && draft.value ? 'Keep my rating (c)' : 'Confirm (c)'}
              </button>
              <button
                type="button"
                data-testid="verdict-override"
                onClick={actions.override}
                disabled={draft.saving || draft.value === null}
              >
                {blind ? 'Save revised rating (Ctrl+Enter)' : 'Override (Ctrl+Enter)'}
              </button>
              <button type="button" data-testid="verdict-skip" onClick={actions.skip} disabled={draft.saving}>
                Skip (s)
              </button>
              <button type="button" data-testid="verdict-flag" onClick={actions.flag} disabled={draft.saving}>
                Flag (f)
              </button>
              <UndoAndSaving canUndo={myLabel !== null} saving={draft.saving} undo={actions.undo} />
            </div>
            {draft.error && <ErrorAlert error={draft.error} testId="verdict-error" />}
          </div>
        </>
      )}
    </article>
  );
}
