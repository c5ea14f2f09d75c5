// Blind mode: my own rating first, with the judge's verdict and justification still hidden.
import type { JudgmentView } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeOutputType } from '../../format/verdict';
import type { JudgeDraft } from '../../store/slices/review/review-item-state';
import { RationaleField } from './RationaleField';
import { ValueChoices } from './ValueChoices';
import type { VerdictActions } from './verdict-actions';

interface Props {
  judgment: JudgmentView;
  draft: JudgeDraft;
  actions: VerdictActions;
}

export function BlindRating({ judgment, draft, actions }: Props) {
  return (
    <div className="blind-rate" data-testid="blind-rate">
      <p className="muted small">
        The judge’s verdict stays hidden until you have rated ({describeOutputType(judgment.outputType)}): your rating
        is saved first, then the verdict is read.
      </p>
      <ValueChoices judge={judgment} value={draft.value} onValue={actions.setValue} />
      <RationaleField
        judge={judgment.judge}
        rationale={draft.rationale}
        required={false}
        onRationale={actions.setRationale}
      />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          data-testid="blind-reveal"
          disabled={draft.value === null || draft.saving}
          onClick={actions.reveal}
        >
          Save my rating and reveal the judge’s verdict (Enter)
        </button>
      </div>
      {draft.error && <ErrorAlert error={draft.error} testId="verdict-error" />}
    </div>
  );
}
