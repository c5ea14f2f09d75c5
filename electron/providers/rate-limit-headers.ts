// What OpenAI and Azure OpenAI say about their rate limits on every reply, success or 429:
// `x-ratelimit-limit-requests`, `-remaining-requests`, `-reset-requests` and the same trio for
// tokens. Read so the runner can slow down before the provider refuses anything.

export interface LimitWindow {
  /** The most the provider allows per minute. */
  limit: number | null;
  /** What is left right now. */
  remaining: number;
  /** Milliseconds until the allowance is full again. */
  resetMs: number;
}

export interface RateLimitHint {
  requests: LimitWindow | null;
  tokens: LimitWindow | null;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A reset duration as OpenAI writes it ("1s", "6m0s", "20ms", "1m30.5s"), or a bare number of
 * seconds; null when unreadable.
 */
export function parseResetDuration(text: string | null | undefined): number | null {
  const value = text?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const parts = [...value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== value) return null;
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit!]!, 0);
}

/** The rate-limit headers of one reply; null when it has none (Bedrock, most local servers). */
export function rateLimitHint(header: (name: string) => string | null | undefined): RateLimitHint | null {
  const requests = limitWindow(header, 'requests');
  const tokens = limitWindow(header, 'tokens');
  return requests || tokens ? { requests, tokens } : null;
}

function limitWindow(header: (name: string) => string | null | undefined, what: string): LimitWindow | null {
  const remaining = count(header(`x-ratelimit-remaining-${what}`));
  const resetMs = parseResetDuration(header(`x-ratelimit-reset-${what}`));
  if (remaining === null || resetMs === null) return null;
  return { limit: count(header(`x-ratelimit-limit-${what}`)), remaining, resetMs };
}

function count(text: string | null | undefined): number | null {
  const value = Number(text?.trim() || Number.NaN);
  return Number.isFinite(value) && value >= 0 ? value : null;
}
