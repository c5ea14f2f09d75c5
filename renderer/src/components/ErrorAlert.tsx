// An error from the main process, shown where it happened, with what the user can do about it.
import type { ApiError } from '../../../shared/result';

interface Props {
  error: ApiError;
  testId?: string;
  onDismiss?: () => void;
  onRetry?: () => void;
}

export function ErrorAlert({ error, testId, onDismiss, onRetry }: Props) {
  return (
    <div className="alert" role="alert" data-testid={testId}>
      <p className="alert-message">{error.message}</p>
      <span className="alert-code">{error.code}</span>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
      {onDismiss && (
        <button type="button" className="quiet" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
