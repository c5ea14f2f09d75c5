// The adaptive pacer with a fake clock: header mirroring, AIMD on rate and concurrency, the shared
// backoff, and convergence against a simulated provider enforcing a limit it does not announce.
import { describe, expect, it } from 'vitest';
import { AdaptivePacer } from '../../../electron/runner/adaptive-pacer';
import type { RateLimitHint } from '../../../electron/providers/rate-limit-headers';

function fakeClock() {
  const clock = { time: 0, now: () => clock.time };
  return clock;
}

const requestsHint = (remaining: number, resetMs: number, limit = 600): RateLimitHint => ({
  requests: { limit, remaining, resetMs },
  tokens: null,
});

describe('AdaptivePacer', () => {
  it('sends at once while the headers say requests remain, then paces at the announced limit', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(16, clock.now);
    pacer.started(1);
    pacer.succeeded(requestsHint(2, 200), 0, 0);
    expect(pacer.readyAt(1)).toBe(0);
    pacer.started(1);
    expect(pacer.readyAt(1)).toBe(0);
    pacer.started(1);
    // 600 a minute is one per 100 ms; the mirror refills 5% slower.
    expect(pacer.readyAt(1)).toBeCloseTo(100 / 0.95, 6);
  });

  it('counts requests still in flight against what the headers say remains', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(16, clock.now);
    pacer.succeeded(requestsHint(3, 300), 3, 0);
    expect(pacer.readyAt(1)).toBeCloseTo(100 / 0.95, 6);
  });

  it('paces tokens from the token headers', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(16, clock.now);
    pacer.succeeded({ requests: null, tokens: { limit: 60_000, remaining: 500, resetMs: 1000 } }, 0, 0);
    expect(pacer.readyAt(400)).toBe(0);
    pacer.started(400);
    // 300 more tokens at 1,000 a second (×0.95).
    expect(pacer.readyAt(400)).toBeCloseTo(300 / 0.95, 6);
  });

  it('without headers, slows to 0.8 of the rate that met the first refusal and regrows additively', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(16, clock.now);
    for (let i = 0; i < 10; i++) pacer.started(1);
    expect(pacer.readyAt(1)).toBe(0);
    expect(pacer.throttled({ startedAt: 0, retryAfterMs: undefined, hint: null }, 9, 0)).toBe(0);
    // 10 starts in the last second × 0.8 = 8 per second.
    expect(pacer.readyAt(1)).toBe(125);
    expect(pacer.concurrencyLimit()).toBe(12);
    clock.time = 125;
    pacer.started(1);
    pacer.succeeded(null, 0, 0);
    // + 1/8 request per second per success: one more per second after a second of successes.
    expect(pacer.readyAt(1)).toBeCloseTo(125 + 1000 / 8.125, 6);
  });

  it('decreases once per congestion event: refusals of requests sent before the decrease do not count', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(16, clock.now);
    for (let i = 0; i < 10; i++) pacer.started(1);
    clock.time = 5;
    pacer.throttled({ startedAt: 0, retryAfterMs: 100, hint: null }, 9, 0);
    pacer.throttled({ startedAt: 0, retryAfterMs: 100, hint: null }, 8, 0);
    expect(pacer.readyAt(1)).toBe(125);
    clock.time = 125;
    pacer.started(1);
    clock.time = 130;
    pacer.throttled({ startedAt: 125, retryAfterMs: undefined, hint: null }, 0, 0);
    // 6.4 per second now, and a second event without a success backs everyone off 500 ms.
    expect(pacer.readyAt(1)).toBe(630);
    expect(pacer.cooldownEnd()).toBe(630);
  });

  it('backs off exponentially while every request is refused, and a success ends it', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(4, clock.now);
    const cooldowns: number[] = [];
    for (let i = 0; i < 5; i++) {
      clock.time = pacer.readyAt(1);
      pacer.started(1);
      pacer.throttled({ startedAt: clock.time, retryAfterMs: undefined, hint: null }, 0, 0);
      cooldowns.push(Math.round(pacer.cooldownEnd() - clock.time));
    }
    // The first refusal is a single event: no shared backoff yet.
    expect(cooldowns[0]).toBeLessThanOrEqual(0);
    expect(cooldowns.slice(1)).toEqual([500, 1000, 2000, 4000]);
    expect(pacer.concurrencyLimit()).toBe(1);
    clock.time = pacer.readyAt(1);
    pacer.started(1);
    pacer.succeeded(null, 0, 0);
    clock.time += 10;
    pacer.started(1);
    pacer.throttled({ startedAt: clock.time, retryAfterMs: undefined, hint: null }, 0, 0);
    expect(pacer.cooldownEnd()).toBeLessThan(clock.time);
  });

  it('recovers from a rate driven very low by doubling per success, not in one leap', () => {
    const clock = fakeClock();
    const pacer = new AdaptivePacer(4, clock.now);
    for (let i = 0; i < 40; i++) {
      clock.time = pacer.readyAt(1);
      pacer.started(1);
      pacer.throttled({ startedAt: clock.time, retryAfterMs: 0, hint: null }, 0, 0);
    }
    // The slowest pace: one a minute.
    expect(pacer.readyAt(1) - clock.time).toBeCloseTo(60_000, 0);
    clock.time = pacer.readyAt(1);
    pacer.started(1);
    pacer.succeeded(null, 0, 0);
    expect(pacer.readyAt(1) - clock.time).toBeCloseTo(30_000, 0);
  });

  it('one call at a time after a hopeless failure, regrowing with successes', () => {
    const pacer = new AdaptivePacer(8, fakeClock().now);
    pacer.probeOneAtATime();
    expect(pacer.concurrencyLimit()).toBe(1);
    pacer.succeeded(null, 0, 0);
    expect(pacer.concurrencyLimit()).toBe(2);
  });

  it.each([
    ['bare refusals', false],
    ['x-ratelimit headers', true],
  ])('converges on an unannounced 600/minute limit with %s', (_name, headers) => {
    const result = simulate({ ratePerSecond: 10, seconds: 60, concurrency: 16, latencyMs: 50, headers });
    expect(result.accepted / (10 * 60)).toBeGreaterThanOrEqual(0.85);
    expect(result.refused / result.accepted).toBeLessThanOrEqual(headers ? 0.05 : 0.3);
  });
});

/**
 * A provider enforcing a token bucket (one second's worth, refilled at `ratePerSecond`) against the
 * pacer, in virtual time: requests start when the pacer allows, replies arrive `latencyMs` later.
 */
function simulate(options: {
  ratePerSecond: number;
  seconds: number;
  concurrency: number;
  latencyMs: number;
  headers: boolean;
}) {
  const clock = fakeClock();
  const pacer = new AdaptivePacer(options.concurrency, clock.now);
  const capacity = options.ratePerSecond;
  let bucket = capacity;
  let bucketAt = 0;
  const replies: { at: number; startedAt: number; ok: boolean; remaining: number }[] = [];
  let accepted = 0;
  let refused = 0;
  const end = options.seconds * 1000;
  while (clock.time < end) {
    const startAt = replies.length < pacer.concurrencyLimit() ? pacer.readyAt(1) : Infinity;
    const next = replies.reduce((min, reply) => Math.min(min, reply.at), Infinity);
    if (next <= startAt) {
      const reply = replies.splice(replies.findIndex((r) => r.at === next), 1)[0]!;
      clock.time = reply.at;
      const hint = options.headers ? requestsHint(reply.remaining, 0, options.ratePerSecond * 60) : null;
      if (reply.ok) pacer.succeeded(hint, replies.length, 0);
      else pacer.throttled({ startedAt: reply.startedAt, retryAfterMs: undefined, hint }, replies.length, 0);
      continue;
    }
    clock.time = startAt;
    pacer.started(1);
    bucket = Math.min(capacity, bucket + ((clock.time - bucketAt) * options.ratePerSecond) / 1000);
    bucketAt = clock.time;
    const ok = bucket >= 1;
    if (ok) bucket -= 1;
    if (ok) accepted++;
    else refused++;
    replies.push({ at: clock.time + options.latencyMs, startedAt: clock.time, ok, remaining: Math.floor(bucket) });
  }
  return { accepted, refused };
}
