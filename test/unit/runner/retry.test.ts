import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../electron/providers/types';
import { isThrottle, retryDelay, shouldRetry } from '../../../electron/runner/retry';

const policy = { maxRetries: 3, baseMs: 500, capMs: 30_000 };

describe('retry policy', () => {
  it('retries rate limits, server errors, timeouts and network errors, up to the limit', () => {
    for (const kind of ['rate_limited', 'server', 'timeout', 'network'] as const) {
      expect(shouldRetry(new ProviderError(kind, 'x'), 0, policy)).toBe(true);
      expect(shouldRetry(new ProviderError(kind, 'x'), 3, policy)).toBe(false);
    }
  });

  it('never retries auth, invalid requests, cancels or foreign errors', () => {
    for (const kind of ['auth', 'invalid', 'aborted'] as const) {
      expect(shouldRetry(new ProviderError(kind, 'x'), 0, policy)).toBe(false);
    }
    expect(shouldRetry(new Error('parse'), 0, policy)).toBe(false);
  });

  it('uses full-jitter exponential backoff, capped', () => {
    const error = new ProviderError('server', '503');
    expect(retryDelay(error, 0, policy, () => 1)).toBe(500);
    expect(retryDelay(error, 3, policy, () => 1)).toBe(4_000);
    expect(retryDelay(error, 10, policy, () => 1)).toBe(30_000);
    expect(retryDelay(error, 3, policy, () => 0.25)).toBe(1_000);
  });

  it('never retries sooner than the retry-after hint', () => {
    const error = new ProviderError('rate_limited', '429', { retryAfterMs: 7_000 });
    expect(retryDelay(error, 0, policy, () => 1)).toBe(7_000);
    expect(retryDelay(error, 5, policy, () => 1)).toBe(16_000);
  });

  it('counts 429s and 503s that say when to come back as throttles, not failures', () => {
    expect(isThrottle(new ProviderError('rate_limited', 'x', { status: 429 }))).toBe(true);
    expect(isThrottle(new ProviderError('server', 'x', { status: 503, retryAfterMs: 2000 }))).toBe(true);
    expect(isThrottle(new ProviderError('server', 'x', { status: 503 }))).toBe(false);
    expect(isThrottle(new ProviderError('server', 'x', { status: 500, retryAfterMs: 2000 }))).toBe(false);
  });
});
