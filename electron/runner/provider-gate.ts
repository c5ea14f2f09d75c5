// Admission to one provider: at most `concurrency` requests in flight, request starts spaced evenly
// to stay under requests-per-minute, a token bucket for tokens-per-minute, and a shared cooldown
// when the provider says to back off (429 retry-after, throttling), so no request is sent early.
import { Mutex, Semaphore } from 'async-mutex';
import type { ProviderLimits } from '../../shared/judging';
import { sleep } from './abortable-sleep';

export interface GateClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const realClock: GateClock = { now: () => Date.now(), sleep };

export class ProviderGate {
  private readonly slots: Semaphore;
  private readonly starts = new Mutex();
  private nextStart = 0;
  private cooldownUntil = 0;
  private tokens: number;
  private tokensAt: number;

  constructor(
    private readonly limits: ProviderLimits,
    private readonly clock: GateClock = realClock,
  ) {
    this.slots = new Semaphore(limits.concurrency);
    this.tokens = limits.tpm ?? 0;
    this.tokensAt = clock.now();
  }

  /** Waits for a slot and the right moment to start; returns the release for the slot. */
  async acquire(estimatedTokens: number, signal: AbortSignal): Promise<() => void> {
    const [, release] = await this.slots.acquire();
    try {
      await this.starts.runExclusive(async () => {
        const interval = this.limits.rpm ? 60_000 / this.limits.rpm : 0;
        for (;;) {
          signal.throwIfAborted();
          const now = this.clock.now();
          const wait = Math.max(this.nextStart, this.cooldownUntil, this.tokensReadyAt(estimatedTokens, now)) - now;
          if (wait <= 0) break;
          await this.clock.sleep(wait, signal);
        }
        const now = this.clock.now();
        this.nextStart = now + interval;
        this.spendTokens(estimatedTokens, now);
      });
      return release;
    } catch (error) {
      release();
      throw error;
    }
  }

  /** Nothing starts before `until` (epoch ms). */
  cooldown(until: number): void {
    this.cooldownUntil = Math.max(this.cooldownUntil, until);
  }

  /** Corrects the bucket once the provider reported the tokens a request really used. */
  settleTokens(estimated: number, actual: number): void {
    if (this.limits.tpm) this.tokens -= actual - estimated;
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
