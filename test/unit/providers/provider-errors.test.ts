import { describe, expect, it } from 'vitest';
import { kindForStatus, retryAfterMs } from '../../../electron/providers/provider-errors';

const headers = (values: Record<string, string>) => (name: string) => values[name];

describe('retry hints', () => {
  it('prefers retry-after-ms, in milliseconds', () => {
    expect(retryAfterMs(headers({ 'retry-after-ms': '250.5', 'retry-after': '7' }))).toBe(250.5);
  });

  it('reads retry-after as seconds or as an HTTP date', () => {
    expect(retryAfterMs(headers({ 'retry-after': '7' }))).toBe(7000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMs(headers({ 'retry-after': 'Wed, 31 Dec 2025 23:00:00 GMT' }), now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(retryAfterMs(headers({}))).toBeUndefined();
    expect(retryAfterMs(headers({ 'retry-after': 'soon', 'retry-after-ms': 'x' }))).toBeUndefined();
  });
});

describe('status kinds', () => {
  it.each([
    [429, 'rate_limited'],
    [408, 'server'],
    [409, 'server'],
    [500, 'server'],
    [502, 'server'],
    [401, 'auth'],
    [403, 'auth'],
    [400, 'invalid'],
    [404, 'invalid'],
    [422, 'invalid'],
  ] as const)('%i → %s', (status, kind) => {
    expect(kindForStatus(status)).toBe(kind);
  });
});
