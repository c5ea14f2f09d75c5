// One item and judge where reviewers disagree: their labels side by side, and the settled value.
import { useShallow } from 'zustand/react/shallow';
import type { OutputType } from '../../../../shared/domain';
import type { Disagreement } from '../../../../shared/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { formatDate } from '../../format/text';
import { verdictOnScale } from '../../format/verdict';
import { disagreementKey, emptyResolution } from '../../store/slices/review/adjudication';
import { useGavel } from '../../store/store-context';
import { ValueChoices } from './ValueChoices';

export function DisagreementCard({
  disagreement,
  outputType,
}: {
  disagreement: Disagreement;
  outputType: OutputType | null;
}) {
  const key = disagreementKey(disagreement);
  const { draft, edit, resolve } = useGavel(
    useShallow((s) => ({
      draft: s.adjudication.drafts[key] ?? emptyResolution,
      edit: s.editResolution,
      resolve: s.resolveDisagreement,
    })),
  );
  const { resolution } = disagreement;
  return (
    <article
      className="disagreement"
      data-testid="disagreement"
      data-key={disagreement.key}
      data-judge={disagreement.judge}
    >
      <header className="judgment-header">
        <span className="strong">{disagreement.key}</span>
        <span className="muted">{disagreement.judge}</span>
        {resolution && (
          <span className="badge tone-pass">
            Settled by {resolution.reviewer}: {verdictOnScale(resolution, outputType)}
          </span>
        )}
      </header>
      <div className="disagreement-labels">
        {disagreement.labels.map((label) => (
          <div key={label.reviewer} className="disagreement-label">
            <div>
              <span className="strong">{label.reviewer}</span>: {verdictOnScale(label.value, outputType)}
            </div>
            <div className="muted small">{formatDate(label.createdAt)}</div>
            {label.rationale && <p className="wrap small">{label.rationale}</p>}
          </div>
        ))}
      </div>
      {outputType && (
        <form
          className="review-controls"
          onSubmit={(event) => {
            event.preventDefault();
            void resolve(disagreement);
          }}
        >
          <ValueChoices judge={disagreement.scale} value={draft.value} onValue={(value) => edit(key, { value })} />
          <Field label="Rationale (needed)">
            <textarea
              rows={2}
              value={draft.rationale}
              onChange={(event) => edit(key, { rationale: event.target.value })}
            />
          </Field>
          <div className="form-actions">
            <button
              type="submit"
              className="primary"
              disabled={draft.saving || draft.value === null || draft.rationale.trim() === ''}
            >
              {resolution ? 'Settle again' : 'Settle'}
            </button>
          </div>
          {draft.error && <ErrorAlert error={draft.error} />}
        </form>
      )}
    </article>
  );
}
