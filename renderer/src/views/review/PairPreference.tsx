// My preference between the two answers, beside the pairwise judge's verdict on them. The preference
// is a label on the pairwise judge: agreeing confirms its verdict, disagreeing overrides it (with a
// rationale when the session asks for one). Blind: the verdict stays hidden until I have chosen.
import { useMemo } from 'react';
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
import { RationaleField } from './RationaleField';
import { ValueChoices } from './ValueChoices';
import { verdictActions } from './verdict-actions';
import { UndoAndSaving } from './UndoAndSaving';

export function PairPreference({ judgment }: { judgment: JudgmentView }) {
  const store = useGavelStore();
  const { draft, myLabel, session, hidden } = useGavel(
    useShallow((s) => ({
      draft: s.reviewItem.drafts[judgment.judge] ?? emptyDraft,
      myLabel: myLatestLabel(s.reviewItem.history, s.reviewQueue.reviewer, judgment.judge),
      session: s.reviewQueue.session,
      hidden: isVerdictHidden({
        blind: s.reviewQueue.session?.blind ?? false,
        history: s.reviewItem.history,
        reviewer: s.reviewQueue.reviewer,
        judge: judgment.judge,
      }),
    })),
  );
  const actions = useMemo(() => verdictActions(store.getState(), judgment.judge), [store, judgment.judge]);
  const requireRationale = session?.requireRationale ?? true;

  return (
    <div className="verdict-review focused" data-testid="pair-preference" data-hidden={hidden ? 'true' : 'false'}>
      {hidden ? (
        <header className="judgment-header">
          <span className="strong">{judgment.judge}</span>
          <span className="muted">verdict hidden until you have chosen</span>
        </header>
      ) : (
        <JudgmentCard judgment={judgment} />
      )}
      {myLabel && (
        <p className="muted small" data-testid="pair-my-label">
          Your preference: {verdictOnScale(myLabel, judgment.outputType)} ({LABEL_ACTION_LABELS[myLabel.action]})
        </p>
      )}
      <div className="review-controls">
        <p className="muted small">Which answer is better? a / 1 = A, b / 2 = B, t / 0 = tie.</p>
        <ValueChoices judge={judgment} value={draft.value} onValue={actions.setValue} />
        <RationaleField
          judge={judgment.judge}
          rationale={draft.rationale}
          required={requireRationale && !hidden}
          onRationale={actions.setRationale}
        />
        {!hidden && <AuditTags tags={draft.tags} onToggle={actions.toggleTag} />}
        <div className="form-actions">
          <button
            type="button"
            className="primary"
            data-testid="pair-save"
            onClick={actions.prefer}
            disabled={draft.saving || draft.value === null}
          >
            {hidden ? 'Reveal the judge’s verdict (Ctrl+Enter)' : 'Save my preference (Ctrl+Enter)'}
          </button>
          {!hidden && (
            <button type="button" data-testid="pair-confirm" onClick={actions.confirm} disabled={draft.saving}>
              Agree with the judge (c)
            </button>
          )}
          <UndoAndSaving canUndo={myLabel !== null} saving={draft.saving} undo={actions.undo} />
        </div>
        {draft.error && <ErrorAlert error={draft.error} testId="verdict-error" />}
      </div>
    </div>
  );
}
