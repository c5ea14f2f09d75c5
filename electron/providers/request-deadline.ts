// One model call bounded by the caller's signal and by a deadline of its own. The SDKs' timeouts stop
// once the response headers arrive; a reply that stalls mid-body must time out too.
import { ProviderError } from './types';

const isTimeoutReason = (reason: unknown): boolean => reason instanceof DOMException && reason.name === 'TimeoutError';

/**
 * Runs `call` with a signal that aborts when the caller aborts or after `timeoutMs`, and reports
 * the failure as a ProviderError: 'aborted' or 'timeout' when that is why it ended, else whatever
 * `classify` makes of the error.
 */
export async function withDeadline<T>(
  caller: AbortSignal,
  timeoutMs: number,
  call: (signal: AbortSignal) => Promise<T>,
  classify: (error: unknown) => ProviderError,
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const abort = () => controller.abort(caller.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`No complete reply within ${timeoutMs} ms`));
  }, timeoutMs);
  // A listener rather than AbortSignal.any: it is removed when the call ends, so a long-lived run
  // signal does not collect one dependent signal per call.
  if (caller.aborted) abort();
  else caller.addEventListener('abort', abort, { once: true });
  try {
    return await call(controller.signal);
  } catch (error) {
    // A caller's AbortSignal.timeout() (the runner's per-request limit) is a timeout, not a cancel.
    if (caller.aborted && isTimeoutReason(caller.reason)) {
      throw new ProviderError('timeout', 'The request timed out.', { cause: error });
    }
    if (caller.aborted) throw new ProviderError('aborted', 'The request was cancelled.', { cause: error });
    if (timedOut) throw new ProviderError('timeout', `No complete reply within ${timeoutMs} ms.`, { cause: error });
    throw error instanceof ProviderError ? error : classify(error);
  } finally {
    clearTimeout(timer);
    caller.removeEventListener('abort', abort);
  }
}
