// The part of a CLI progress line saying calls are waiting out the provider's rate limit.
import type { RunProgress } from '../../shared/judging';
import { rateLimitWaitText } from '../../shared/rate-limit-wait';

/** ", waiting for the provider's rate limit, N s" while calls wait on it, else nothing. */
export function waitNote(progress: RunProgress): string {
  const wait = rateLimitWaitText(progress);
  return wait === null ? '' : `, ${wait}`;
}
