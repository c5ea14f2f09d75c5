// The Audit switch of a revealed verdict card (`a`), and while it is on, what the justification cites.
// VerdictReview renders it only once the verdict shows: in blind mode it is unavailable until then.
// Every revealed card lists its citations; the item's fields mark only the focused judge's, so the
// marks always belong to one justification.
import { useShallow } from 'zustand/react/shallow';
import type { JudgmentView } from '../../../../shared/domain';
import { isAuditOn } from '../../store/slices/review/review-audit';
import { useGavel } from '../../store/store-context';
import { AuditCitations } from './AuditCitations';
import { useCitations } from './useCitations';

export function JustificationAudit({ judgment }: { judgment: JudgmentView }) {
  const { on, focused, item, toggleAudit } = useGavel(
    useShallow((s) => ({
      on: isAuditOn(s),
      focused: s.reviewItem.focusedJudge === judgment.judge,
      item: s.reviewItem.item,
      toggleAudit: s.toggleAudit,
    })),
  );
  const citations = useCitations(item, judgment, on);
  if (judgment.justification === null) return null;
  return (
    <div className="justification-audit">
      <button
        type="button"
        className={on ? 'quiet active' : 'quiet'}
        data-testid="audit-toggle"
        aria-pressed={on}
        title="Mark what the justification quotes or paraphrases in the response, reference and context"
        onClick={() => toggleAudit(judgment.judge)}
      >
        Audit (a)
      </button>
      {citations && !focused && citations.length > 0 && (
        <p className="muted small">Marked in the response, reference and context once this judge is focused.</p>
      )}
      {citations && <AuditCitations citations={citations} />}
    </div>
  );
}
