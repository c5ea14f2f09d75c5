// A destructive action that asks first, in place: the question replaces the button until answered.
// Esc or Cancel backs out; the confirm button takes the focus so Enter confirms.
import { useState } from 'react';

interface Props {
  /** The button before asking, e.g. `Delete…`. */
  label: string;
  question: string;
  /** Names what is being confirmed, for screen readers. */
  groupLabel: string;
  confirmLabel?: string;
  testId?: string;
  onConfirm(): Promise<void> | void;
}

export function ConfirmAction({ label, question, groupLabel, confirmLabel = 'Delete', testId, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);

  const confirm = async () => {
    setWorking(true);
    await onConfirm();
    // On success the owner usually disappears; on failure its error shows and the question closes.
    setWorking(false);
    setAsking(false);
  };

  if (!asking) {
    return (
      <button type="button" className="quiet" data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={groupLabel}
      onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}
    >
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        data-testid={testId && `${testId}-confirm`}
        autoFocus
        disabled={working}
        onClick={() => void confirm()}
      >
        {confirmLabel}
      </button>
      <button type="button" disabled={working} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
