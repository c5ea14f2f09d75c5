// Admission to one provider, shared by every judge and run that calls it: at most `concurrency`
// requests in flight (lowered and regrown by the adaptive pacer), request starts spaced to stay
// under a typed requests-per-minute cap, a token bucket for a typed tokens-per-minute cap, and the
// pace the provider itself asks for (headers, refusals), so no request is sent early. A provider
// that refuses everything for the give-up window makes waiting calls throw RateLimitStall.
import { Mutex, Semaphore } from 'async-mutex';
import type { ProviderLimits } from '../../shared/judging';
import type { ProviderError } from '../providers/types';
import type { RateLimitHint } from '../providers/rate-limit-headers';
import { sleep } from './abortable-sleep';
import { AdaptivePacer } from './adaptive-pacer';
import { DEFAULT_GIVE_UP_MS, RateLimitStall } from './rate-limit-stall';

export interface GateClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realClock: GateClock = { now: () => Date.now(), sleep };

/** Waits shorter than this are ordinary pacing, not worth telling the user about. */
const NOTABLE_WAIT_MS = 1000;

export class ProviderGate {
  private readonly slots: Semaphore;
  private readonly starts = new Mutex();
  private readonly pacer: AdaptivePacer;
  private nextStart = 0;
  private tokens: number;
  private tokensAt: number;
  private inFlight = 0;
  private inFlightTokens = 0;
  private freed: (() => void)[] = [];
  /** Until when some call waits because the provider asked it to (epoch ms). */
  private throttledUntil = 0;
  private lastProgressAt: number;

  constructor(
    private readonly limits: ProviderLimits,
    private readonly clock: GateClock = realClock,
    private readonly giveUpMs = DEFAULT_GIVE_UP_MS,
  ) {
    this.slots = new Semaphore(limits.concurrency);
    this.pacer = new AdaptivePacer(limits.concurrency, () => clock.now());
    this.tokens = limits.tpm ?? 0;
    this.tokensAt = clock.now();
    this.lastProgressAt = clock.now();
  }

  /** Waits for a slot and the right moment to start; returns the release for the slot. */
  async acquire(estimatedTokens: number, signal: AbortSignal): Promise<() => void> {
    const [, release] = await this.slots.acquire();
    try {
      await this.starts.runExclusive(async () => {
        const interval = this.limits.rpm ? 60_000 / this.limits.rpm : 0;
        for (;;) {
          signal.throwIfAborted();
          if (this.inFlight >= this.pacer.concurrencyLimit()) {
            await this.nextRelease(signal);
            continue;
          }
          const now = this.clock.now();
          const paced = this.pacer.readyAt(estimatedTokens);
          const wait = Math.max(this.nextStart, paced, this.tokensReadyAt(estimatedTokens, now)) - now;
          if (wait <= 0) break;
          // Only a wait the provider's limit imposes counts towards giving up; a typed rpm/tpm cap's
          // spacing is not a stall.
          if (paced > now) {
            this.throttledUntil = Math.max(this.throttledUntil, paced);
            await this.sleepUnlessStalled(wait, signal);
          } else {
            await this.clock.sleep(wait, signal);
          }
        }
        const now = this.clock.now();
        this.nextStart = now + interval;
        this.spendTokens(estimatedTokens, now);
        this.pacer.started(estimatedTokens);
      });
    } catch (error) {
      release();
      throw error;
    }
    this.inFlight++;
    this.inFlightTokens += estimatedTokens;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      this.inFlightTokens -= estimatedTokens;
      release();
      for (const wake of this.freed.splice(0)) wake();
    };
  }

  /** A call got its reply: the tokens it really used and what the provider said of its limits. */
  succeeded(estimatedTokens: number, usedTokens: number, hint: RateLimitHint | null | undefined): void {
    if (this.limits.tpm) this.tokens -= usedTokens - estimatedTokens;
    this.lastProgressAt = this.clock.now();
    this.pacer.succeeded(hint, this.inFlight - 1, this.inFlightTokens - estimatedTokens);
  }

  /**
   * The provider refused a call started at `startedAt` for its rate limit. Returns how long that
   * call waits before trying again; the give-up window bounds it (RateLimitStall past it).
   */
  throttled(startedAt: number, error: ProviderError, estimatedTokens: number): number {
    const now = this.clock.now();
    if (now - this.lastProgressAt >= this.giveUpMs) throw new RateLimitStall(now - this.lastProgressAt);
    const notice = { startedAt, retryAfterMs: error.options.retryAfterMs, hint: error.options.rateLimit };
    const delay = this.pacer.throttled(notice, this.inFlight - 1, this.inFlightTokens - estimatedTokens);
    this.throttledUntil = Math.max(this.throttledUntil, now + delay, this.pacer.cooldownEnd());
    return Math.min(delay, this.lastProgressAt + this.giveUpMs - now);
  }

  /**
   * A failure that will likely repeat on every call (refused key, unknown model, dead server):
   * one call at a time until something succeeds, so a hopeless run stops after a few requests.
   */
  probeOneAtATime(): void {
    this.pacer.probeOneAtATime();
  }

  /** The give-up window starts afresh (a run starts or resumes). */
  markProgress(): void {
    this.lastProgressAt = this.clock.now();
  }

  /** Milliseconds some call still waits for the provider's rate limit; null when none worth telling. */
  rateLimitWaitMs(): number | null {
    const left = Math.max(this.throttledUntil, this.pacer.cooldownEnd()) - this.clock.now();
    return left >= NOTABLE_WAIT_MS ? left : null;
  }

  private async sleepUnlessStalled(ms: number, signal: AbortSignal): Promise<void> {
    const giveUpAt = this.lastProgressAt + this.giveUpMs;
    const now = this.clock.now();
    if (now >= giveUpAt) throw new RateLimitStall(now - this.lastProgressAt);
    await this.clock.sleep(Math.min(ms, giveUpAt - now), signal);
  }

  private nextRelease(signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason as Error);
      signal.addEventListener('abort', onAbort, { once: true });
      this.freed.push(() => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  private refill(now: number): void {
    const tpm = this.limits.tpm;
    if (!tpm) return;
    this.tokens = Math.min(tpm, this.tokens + ((now - this.tokensAt) * tpm) / 60_000);
    this.tokensAt = now;
  }

  private tokensReadyAt(needed: number, now: number): number {
    const tpm = this.limits.tpm;
    if (!tpm) return now;
    this.refill(now);
    const want = Math.min(needed, tpm);
    return this.tokens >= want ? now : now + ((want - this.tokens) * 60_000) / tpm;
  }

  private spendTokens(tokens: number, now: number): void {
    if (!this.limits.tpm) return;
    this.refill(now);
    this.tokens -= tokens;
  }
}
