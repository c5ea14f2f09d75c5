// A client-side copy of one provider allowance (requests or tokens) as its x-ratelimit-* headers
// describe it: what remains, refilled at the per-minute limit, so calls wait before the provider
// would refuse them rather than after.
import type { LimitWindow } from '../providers/rate-limit-headers';

/** Refill a little slower than announced: replies and clocks jitter, a refusal costs a request. */
const SAFETY = 0.95;

export class MirrorBucket {
  private level = 0;
  private capacity = 0;
  private refillPerMs = 0;
  private at = 0;
  private known = false;

  /** A reply's headers, with `inFlight` still out that the provider may not have counted yet. */
  observe(window: LimitWindow, inFlight: number, now: number): void {
    this.known = true;
    // Without a limit, refill what is missing over the reset time (all we know of the window).
    const perMs = window.limit !== null ? window.limit / 60_000 : 1 / Math.max(window.resetMs, 1);
    this.refillPerMs = perMs * SAFETY;
    this.capacity = Math.max(this.capacity, window.remaining, 1);
    this.level = window.remaining - inFlight;
    this.at = now;
  }

  readyAt(amount: number, now: number): number {
    if (!this.known) return now;
    const level = this.levelAt(now);
    const wanted = Math.min(amount, this.capacity);
    return level >= wanted ? now : now + (wanted - level) / this.refillPerMs;
  }

  take(amount: number, now: number): void {
    if (!this.known) return;
    this.level = this.levelAt(now) - amount;
    this.at = now;
  }

  private levelAt(now: number): number {
    return Math.min(this.capacity, this.level + (now - this.at) * this.refillPerMs);
  }
}
