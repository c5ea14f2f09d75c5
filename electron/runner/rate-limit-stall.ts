// Thrown to a call that has waited on a provider's rate limit for the whole give-up window with
// nothing getting through: the runner pauses the run (resumable) instead of failing judgments.

export class RateLimitStall extends Error {
  constructor(readonly waitedMs: number) {
    super(`The provider kept rate limiting for ${Math.round(waitedMs / 1000)} s with no call getting through.`);
    this.name = 'RateLimitStall';
  }
}

/** Ten minutes without a single call getting through. */
export const DEFAULT_GIVE_UP_MS = 10 * 60_000;

/** The message stored on a run paused because `provider` kept rate limiting. */
export function rateLimitStallMessage(stall: RateLimitStall, provider: string): string {
  const seconds = Math.round(stall.waitedMs / 1000);
  const waited = seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} minutes`;
  return `Paused: provider "${provider}" kept rate limiting for ${waited} with no call getting through. Resume the run to try again; no judgment was marked as failed.`;
}
