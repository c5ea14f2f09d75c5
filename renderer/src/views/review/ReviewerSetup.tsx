// First use of the review desk: who is reviewing (a new name, or one this workspace knows). The name
// is remembered on this machine.
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useGavel } from '../../store/store-context';

export function ReviewerSetup() {
  const { chooseReviewer, error, known, loadKnown } = useGavel(
    useShallow((s) => ({
      chooseReviewer: s.chooseReviewer,
      error: s.reviewQueue.reviewerError,
      known: s.reviewQueue.knownReviewers,
      loadKnown: s.loadKnownReviewers,
    })),
  );
  const [name, setName] = useState('');
  useEffect(() => void loadKnown(), [loadKnown]);
  return (
    <form
      className="reviewer-setup"
      data-testid="reviewer-setup"
      aria-label="Who is reviewing"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) void chooseReviewer(name.trim());
      }}
    >
      <h2>Who is reviewing?</h2>
      <p className="muted">Your labels are saved under this name, so agreement can be measured per reviewer.</p>
      <Field label="Your name">
        <input
          type="text"
          data-testid="reviewer-name"
          autoFocus
          maxLength={100}
          list="known-reviewers"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </Field>
      <datalist id="known-reviewers">
        {known.map((reviewer) => (
          <option key={reviewer} value={reviewer} />
        ))}
      </datalist>
      {error && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="reviewer-save" disabled={!name.trim()}>
          Start reviewing
        </button>
      </div>
    </form>
  );
}
