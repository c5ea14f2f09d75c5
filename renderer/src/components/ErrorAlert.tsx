// An error from the main process, shown where it happened, with what the user can do about it: the
// message says what went wrong, the line under it what to do next. The error code stays out of
// sight (a data attribute for tests and bug reports): it means nothing to a reviewer.
import type { ApiError, ErrorCode } from '../../../shared/result';

const NEXT_STEP: Record<ErrorCode, string> = {
  INVALID_INPUT: 'Check what you entered, then try again.',
  NOT_FOUND: 'It may have been deleted or changed in another window: reload the page.',
  IMPORT_REJECTED: 'Correct the file at the place named above (or choose another file), then import it again.',
  WORKSPACE_ERROR: 'Gavel could not use the workspace file: check that it is reachable and not damaged.',
  UNAUTHENTICATED: 'Open the link the owner of the workspace gave you again; ask for a new one if it no longer works.',
  FORBIDDEN: 'Your link does not allow this. Ask the owner of the workspace.',
  UNKNOWN_CHANNEL: 'This window is older than the app: reload it.',
  UNAVAILABLE: 'Gavel is not reachable: check that it is still running, then retry.',
  MODEL_FAILED:
    'The model did not answer as asked: try again, or check its provider in Settings or choose another model.',
  INTERNAL: 'Something went wrong inside Gavel. Try again; if it happens again, report it with these words.',
};

interface Props {
  error: ApiError;
  testId?: string;
  onDismiss?: () => void;
  onRetry?: () => void;
}

export function ErrorAlert({ error, testId, onDismiss, onRetry }: Props) {
  return (
    <div className="alert" role="alert" data-testid={testId} data-code={error.code}>
      <div className="alert-message">
        <p>{error.message}</p>
        <p className="alert-next">{NEXT_STEP[error.code]}</p>
      </div>
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
