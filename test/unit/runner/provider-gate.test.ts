// The gate with a virtual clock: concurrency, even request spacing, token budget and cooldowns.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../shared/judging';
import { ProviderGate, type GateClock } from '../../../electron/runner/provider-gate';
import { RateLimitStall } from '../../../electron/runner/rate-limit-stall';
import { ProviderError } from '../../../electron/providers/types';

/** A clock that advances only when every waiter is asleep, so timings are exact. */
function virtualClock(): GateClock & { time: number } {
  const clock = {
    time: 0,
    now: () => clock.time,
    async sleep(ms: number) {
      await Promise.resolve();
      clock.time += ms;
    },
  };
  return clock;
}

const never = new AbortController().signal;

describe('ProviderGate', () => {
  it('spaces request starts evenly to stay under requests-per-minute', async () => {
    const clock = virtualClock();
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 100, rpm: 600 }, clock);
    const starts: number[] = [];
    for (let i = 0; i < 5; i++) {
      const release = await gate.acquire(1, never);
      starts.push(clock.time);
      release();
    }
    expect(starts).toEqual([0, 100, 200, 300, 400]);
  });

  it('admits at most `concurrency` requests at once', async () => {
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 2 });
    const first = await gate.acquire(1, never);
    await gate.acquire(1, never);
    let thirdIn = false;
    const third = gate.acquire(1, never).then((release) => {
      thirdIn = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thirdIn).toBe(false);
    first();
    (await third)();
    expect(thirdIn).toBe(true);
  });

  it('after repeated refusals with no success, starts nothing before the shared backoff ends', async () => {
    const clock = virtualClock();
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 10 }, clock);
    const refused = new ProviderError('rate_limited', 'Too many requests', { status: 429, retryAfterMs: 2_500 });
    (await gate.acquire(1, never))();
    expect(gate.throttled(0, refused, 1)).toBe(2_500);
    (await gate.acquire(1, never))();
    const second = clock.time;
    gate.throttled(second, refused, 1);
    expect(gate.rateLimitWaitMs()).toBe(2_500);
    (await gate.acquire(1, never))();
    expect(clock.time).toBe(second + 2_500);
  });

  it('throws RateLimitStall once nothing got through for the give-up window', async () => {
    const clock = virtualClock();
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 10 }, clock, 60_000);
    const refused = new ProviderError('rate_limited', 'Too many requests', { status: 429, retryAfterMs: 45_000 });
    (await gate.acquire(1, never))();
    expect(gate.throttled(0, refused, 1)).toBe(45_000);
    clock.time = 45_000;
    (await gate.acquire(1, never))();
    // The second refusal in a row backs everyone off 45 s, past the window: wait to its end, then stop.
    expect(gate.throttled(45_000, refused, 1)).toBe(15_000);
    await expect(gate.acquire(1, never)).rejects.toBeInstanceOf(RateLimitStall);
    expect(clock.time).toBe(60_000);
    expect(() => gate.throttled(60_000, refused, 1)).toThrow(RateLimitStall);
  });

  it('a success restarts the give-up window', async () => {
    const clock = virtualClock();
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 10 }, clock, 60_000);
    const refused = new ProviderError('rate_limited', 'Too many requests', { status: 429 });
    clock.time = 59_000;
    (await gate.acquire(1, never))();
    gate.succeeded(1, 1, null);
    clock.time = 100_000;
    expect(gate.throttled(99_000, refused, 1)).toBe(0);
  });

  it('waits for the token bucket to refill under a tokens-per-minute limit', async () => {
    const clock = virtualClock();
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 10, tpm: 6_000 }, clock);
    (await gate.acquire(6_000, never))();
    expect(clock.time).toBe(0);
    (await gate.acquire(600, never))();
    // 600 tokens at 100 tokens per second.
    expect(clock.time).toBeCloseTo(6_000, 6);
  });

  it('gives up waiting when the run is cancelled', async () => {
    const gate = new ProviderGate({ ...DEFAULT_LIMITS, concurrency: 1, rpm: 1 });
    (await gate.acquire(1, never))();
    const controller = new AbortController();
    const waiting = gate.acquire(1, controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });
});
