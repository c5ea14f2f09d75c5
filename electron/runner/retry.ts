// The one retry layer (the SDKs' own retries are off): retryable provider errors are retried with
// full-jitter exponential backoff, never sooner than the provider's retry-after hint. Throttles are
// not failures: the provider gate paces them and they never use up the retries.
import { ProviderError } from '../providers/types';

export interface RetryPolicy {
  maxRetries: number;
  baseMs: number;
  capMs: number;
}

export const DEFAULT_BACKOFF = { baseMs: 500, capMs: 30_000 };

/** Delay before retry number `attempt` (0-based) after `error`. */
export function retryDelay(error: ProviderError, attempt: number, policy: RetryPolicy, random = Math.random): number {
  const backoff = random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
  return Math.max(backoff, error.options.retryAfterMs ?? 0);
}

export function shouldRetry(error: unknown, attempt: number, policy: RetryPolicy): error is ProviderError {
  return error instanceof ProviderError && error.retryable && attempt < policy.maxRetries;
}

/** The provider asked to slow down: a 429 / throttling, or a 503 that says when to come back. */
export function isThrottle(error: ProviderError): boolean {
  return error.kind === 'rate_limited' || (error.options.status === 503 && error.options.retryAfterMs !== undefined);
}
