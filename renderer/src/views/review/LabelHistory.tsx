// Every label ever given on this item, oldest first: who, when, what, on which judge version, and
// which label it superseded. A confirm of a verdict other than the one shown now reads as a rating:
// its author agreed with that version's verdict, not with the one on screen.
import type { JudgmentView, LabelView } from '../../../../shared/domain';
import { formatDate } from '../../format/text';
import { verdictOnScale } from '../../format/verdict';
import { labelActionText } from '../../store/review-values';
import { DetailSection } from '../detail/DetailSection';

export function LabelHistory({ history, judgments }: { history: LabelView[]; judgments: JudgmentView[] }) {
  const outputTypeOf = (judge: string) => judgments.find((judgment) => judgment.judge === judge)?.outputType ?? null;
  return (
    <DetailSection title="History" testId="label-history">
      {history.length === 0 ? (
        <p className="muted">No labels on this item yet.</p>
      ) : (
        <ol className="label-history">
          {history.map((label) => (
            <li key={label.id} data-testid="history-entry" data-judge={label.judge} data-action={label.action}>
              <span className="strong">{label.reviewer}</span> · {formatDate(label.createdAt)} · {label.judge}:{' '}
              {labelActionText(label, judgments)}
              {(label.action === 'confirm' || label.action === 'override') &&
                ` ${verdictOnScale(label, outputTypeOf(label.judge))}`}
              {label.judgeVersion !== null && (
                <span data-testid="history-version"> (seeing v{label.judgeVersion})</span>
              )}
              {label.blind && ` (blind rating ${verdictOnScale(label.blind, outputTypeOf(label.judge))})`}
              {label.supersedesId !== null && <span className="muted"> · replaces #{label.supersedesId}</span>}
              <span className="muted"> · #{label.id}</span>
              {label.rationale && <p className="wrap small">{label.rationale}</p>}
              {label.tags.length > 0 && <p className="muted small">Tags: {label.tags.join(', ')}</p>}
            </li>
          ))}
        </ol>
      )}
    </DetailSection>
  );
}
