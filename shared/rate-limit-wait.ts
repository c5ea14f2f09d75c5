// How a run's progress says calls are waiting out the provider's rate limit (CLI and UI alike).
import type { RunProgress } from './judging';

export function rateLimitWaitText(progress: Pick<RunProgress, 'rateLimitWaitSeconds'>): string | null {
  const seconds = progress.rateLimitWaitSeconds;
  return seconds === null ? null : `waiting for the provider's rate limit, ${seconds} s`;
}
