// A rate limit the fake servers enforce without the client being told it in advance, announced the
// way real providers and proxies do: `retry-after` seconds or `retry-after-ms` on the 429, OpenAI's
// x-ratelimit-* headers on every reply, or nothing at all (a bare 429; Bedrock's
// ThrottlingException). Enforced as providers do over short periods: a token bucket holding one
// second's worth of the per-minute limit, so 600 a minute is 10 a second.
import type { BehaviorFn, FakeBehavior } from './fake-http';

export type LimitStyle = 'retry-after' | 'retry-after-ms' | 'x-ratelimit' | 'bare';

export const LIMIT_STYLES: readonly LimitStyle[] = ['retry-after', 'retry-after-ms', 'x-ratelimit', 'bare'];

export interface EnforcedLimit {
  perMinute: number;
  style: LimitStyle;
}

export interface LimitedBehavior extends BehaviorFn {
  /** Requests refused so far. */
  refused(): number;
}

/** `inner` decides what admitted requests do; refused ones get a 429 at once. */
export function enforceLimit(
  limit: EnforcedLimit,
  inner: BehaviorFn = () => ({}),
  now: () => number = Date.now,
): LimitedBehavior {
  const perMs = limit.perMinute / 60_000;
  const capacity = Math.max(1, limit.perMinute / 60);
  let tokens = capacity;
  let at = now();
  let refused = 0;
  const behavior = (body: unknown, index: number): FakeBehavior => {
    const time = now();
    tokens = Math.min(capacity, tokens + (time - at) * perMs);
    at = time;
    const admitted = tokens >= 1;
    if (admitted) tokens -= 1;
    const announced = announce(limit, tokens, capacity, perMs);
    if (admitted) {
      const chosen = inner(body, index);
      return { ...chosen, headers: { ...announced, ...chosen.headers } };
    }
    refused++;
    const waitMs = (1 - tokens) / perMs;
    const hint: Record<string, string> =
      limit.style === 'retry-after'
        ? { 'retry-after': String(Math.ceil(waitMs / 1000)) }
        : limit.style === 'retry-after-ms'
          ? { 'retry-after-ms': String(Math.ceil(waitMs)) }
          : {};
    return { outcome: { kind: 'error' as const, status: 429, headers: { ...announced, ...hint } } };
  };
  return Object.assign(behavior, { refused: () => refused });
}

/** The x-ratelimit-* trio for requests, in the x-ratelimit style only. */
function announce(limit: EnforcedLimit, tokens: number, capacity: number, perMs: number): Record<string, string> {
  if (limit.style !== 'x-ratelimit') return {};
  return {
    'x-ratelimit-limit-requests': String(limit.perMinute),
    'x-ratelimit-remaining-requests': String(Math.floor(tokens)),
    'x-ratelimit-reset-requests': duration((capacity - tokens) / perMs),
  };
}

/** OpenAI's way of writing a duration: "20ms", "1.5s", "6m0s". */
export function duration(ms: number): string {
  if (ms < 1000) return `${Math.ceil(ms)}ms`;
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(3))}s`;
  return `${Math.floor(ms / 60_000)}m${Number(((ms % 60_000) / 1000).toFixed(3))}s`;
}
