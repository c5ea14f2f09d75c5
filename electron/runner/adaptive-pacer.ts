// How fast one provider may be called when nobody typed its limit: learned from what it says.
// With OpenAI-style x-ratelimit-* headers the pacer mirrors the provider's own allowance and slows
// down before anything is refused. Without them (a bare 429, a retry-after, Bedrock throttling) it
// converges like TCP: additive increase of the request rate and concurrency while calls succeed,
// multiplicative decrease once per congestion event (a refusal of a request sent after the last
// decrease), and a shared exponential backoff when the provider keeps refusing with no success.
import type { RateLimitHint } from '../providers/rate-limit-headers';
import { MirrorBucket } from './mirror-bucket';

/** Decrease factor for rate and concurrency on a congestion event. */
const DECREASE = 0.8;
/** Requests per second added per second of successful sending. */
const INCREASE_PER_SECOND = 1;
/** The slowest the pacer goes: one request a minute. */
const MIN_RATE = 1 / 60;
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 30_000;
/** Starts counted to estimate the rate that met the first refusal. */
const START_WINDOW_MS = 1000;

export interface ThrottleNotice {
  /** When the refused request was started (epoch ms). */
  startedAt: number;
  retryAfterMs: number | undefined;
  hint: RateLimitHint | null | undefined;
}

export class AdaptivePacer {
  /** Learned requests per second; null until the provider first refuses without headers. */
  private rate: number | null = null;
  private concurrency: number;
  private lastStart = -Infinity;
  private lastDecreaseAt = -Infinity;
  /** Congestion events since the last success. */
  private eventsWithoutSuccess = 0;
  private cooldownUntil = 0;
  private readonly recentStarts: number[] = [];
  private readonly requests = new MirrorBucket();
  private readonly tokens = new MirrorBucket();

  constructor(
    private readonly maxConcurrency: number,
    private readonly now: () => number,
  ) {
    this.concurrency = maxConcurrency;
  }

  /** How many requests may be in flight now. */
  concurrencyLimit(): number {
    return Math.max(1, Math.floor(this.concurrency));
  }

  /** Earliest time (epoch ms) a request needing `tokens` may start. */
  readyAt(tokens: number): number {
    const now = this.now();
    const spaced = this.rate === null ? now : this.lastStart + 1000 / this.rate;
    return Math.max(now, spaced, this.cooldownUntil, this.requests.readyAt(1, now), this.tokens.readyAt(tokens, now));
  }

  /** When the shared backoff after repeated refusals ends (epoch ms), 0 when none. */
  cooldownEnd(): number {
    return this.cooldownUntil;
  }

  started(tokens: number): void {
    const now = this.now();
    this.lastStart = now;
    this.recentStarts.push(now);
    while (this.recentStarts[0]! < now - START_WINDOW_MS) this.recentStarts.shift();
    this.requests.take(1, now);
    this.tokens.take(tokens, now);
  }

  /**
   * A reply arrived; `inFlight` requests and `inFlightTokens` are still out (the provider may not
   * have counted them in its headers yet).
   */
  succeeded(hint: RateLimitHint | null | undefined, inFlight: number, inFlightTokens: number): void {
    this.eventsWithoutSuccess = 0;
    this.observe(hint, inFlight, inFlightTokens);
    // About INCREASE_PER_SECOND more per second of successes; at most doubling per success, so a
    // rate driven very low by a long refusal recovers in a few calls, not in one leap.
    if (this.rate !== null) this.rate += Math.min(INCREASE_PER_SECOND / this.rate, this.rate);
    this.concurrency = Math.min(this.maxConcurrency, this.concurrency + 1 / this.concurrency);
  }

  /** After a failure likely to repeat on every call: one at a time until something succeeds. */
  probeOneAtATime(): void {
    this.concurrency = 1;
  }

  /** The provider refused a request for its rate limit; returns how long that request must wait. */
  throttled(notice: ThrottleNotice, inFlight: number, inFlightTokens: number): number {
    const now = this.now();
    const announced = this.observe(notice.hint, inFlight, inFlightTokens);
    // Refusals of requests sent before the last decrease were caused by the old pace.
    if (notice.startedAt < this.lastDecreaseAt) return notice.retryAfterMs ?? 0;
    this.lastDecreaseAt = now;
    this.eventsWithoutSuccess++;
    this.concurrency = Math.max(1, this.concurrency * DECREASE);
    if (!announced) {
      const attempted = this.rate ?? this.recentStarts.filter((at) => at >= now - START_WINDOW_MS).length;
      this.rate = Math.max(MIN_RATE, attempted * DECREASE);
    }
    if (this.eventsWithoutSuccess >= 2) {
      // The provider's own hint when it gives one, else a backoff doubling with each event.
      const backoff =
        notice.retryAfterMs ?? Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (this.eventsWithoutSuccess - 2));
      this.cooldownUntil = Math.max(this.cooldownUntil, now + backoff);
    }
    return notice.retryAfterMs ?? 0;
  }

  /** Takes in the provider's headers; true when they describe its request allowance. */
  private observe(hint: RateLimitHint | null | undefined, inFlight: number, inFlightTokens: number): boolean {
    const now = this.now();
    if (hint?.tokens) this.tokens.observe(hint.tokens, inFlightTokens, now);
    if (!hint?.requests) return false;
    this.requests.observe(hint.requests, inFlight, now);
    // The headers replace guesswork: no learned rate on top of them.
    this.rate = null;
    return true;
  }
}
