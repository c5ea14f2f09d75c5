// Reading OpenAI's x-ratelimit-* headers and their reset durations.
import { describe, expect, it } from 'vitest';
import { parseResetDuration, rateLimitHint } from '../../../electron/providers/rate-limit-headers';

const headers = (values: Record<string, string>) => (name: string) => values[name];

describe('parseResetDuration', () => {
  it.each([
    ['1s', 1000],
    ['6m0s', 360_000],
    ['20ms', 20],
    ['1m30.5s', 90_500],
    ['2h1m', 7_260_000],
    ['0s', 0],
    ['7', 7000],
    [' 250ms ', 250],
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseResetDuration(text)).toBe(ms);
  });

  it.each(['', 'soon', '1x', '1s later', '-1s', undefined, null])('refuses %j', (text) => {
    expect(parseResetDuration(text)).toBeNull();
  });
});

describe('rateLimitHint', () => {
  it('reads both trios', () => {
    expect(
      rateLimitHint(
        headers({
          'x-ratelimit-limit-requests': '600',
          'x-ratelimit-remaining-requests': '599',
          'x-ratelimit-reset-requests': '100ms',
          'x-ratelimit-limit-tokens': '150000',
          'x-ratelimit-remaining-tokens': '149000',
          'x-ratelimit-reset-tokens': '6m0s',
        }),
      ),
    ).toEqual({
      requests: { limit: 600, remaining: 599, resetMs: 100 },
      tokens: { limit: 150000, remaining: 149000, resetMs: 360_000 },
    });
  });

  it('keeps a trio without its limit, drops one without remaining or reset', () => {
    expect(
      rateLimitHint(
        headers({
          'x-ratelimit-remaining-requests': '3',
          'x-ratelimit-reset-requests': '1s',
          'x-ratelimit-remaining-tokens': '10',
        }),
      ),
    ).toEqual({ requests: { limit: null, remaining: 3, resetMs: 1000 }, tokens: null });
  });

  it('is null for a reply without the headers', () => {
    expect(rateLimitHint(headers({}))).toBeNull();
    expect(rateLimitHint(headers({ 'x-ratelimit-remaining-requests': 'many', 'x-ratelimit-reset-requests': '1s' }))).toBeNull();
  });
});
