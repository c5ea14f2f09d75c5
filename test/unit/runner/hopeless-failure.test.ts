// Which failures stop a run early, and the streak that decides it.
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../electron/providers/types';
import { HopelessStreak, hopelessKind, hopelessMessage } from '../../../electron/runner/hopeless-failure';

const refused = (code: string) =>
  new ProviderError('network', `Connection failed (${code}).`, {
    cause: Object.assign(new Error('fetch failed'), { cause: Object.assign(new Error(code), { code }) }),
  });

describe('hopelessKind', () => {
  it('names refused credentials, unknown models and unreachable servers', () => {
    expect(hopelessKind(new ProviderError('auth', 'Incorrect API key', { status: 401 }))).toBe('auth');
    expect(hopelessKind(new ProviderError('auth', 'AccessDeniedException', { status: 403 }))).toBe('auth');
    expect(hopelessKind(new ProviderError('invalid', 'model_not_found', { status: 404 }))).toBe('model');
    expect(hopelessKind(refused('ECONNREFUSED'))).toBe('unreachable');
    expect(hopelessKind(refused('ENOTFOUND'))).toBe('unreachable');
  });

  it('leaves everything else to the item: bad requests, resets, server errors, foreign errors', () => {
    expect(hopelessKind(new ProviderError('invalid', 'bad schema', { status: 400 }))).toBeNull();
    expect(hopelessKind(refused('ECONNRESET'))).toBeNull();
    expect(hopelessKind(new ProviderError('server', 'oops', { status: 500 }))).toBeNull();
    expect(hopelessKind(new Error('Incorrect API key'))).toBeNull();
  });

  it('says which provider refused what, and what to do', () => {
    const message = hopelessMessage('auth', new ProviderError('auth', 'Incorrect API key provided.', { status: 401 }), {
      provider: 'openai',
      model: 'gpt-4o-mini',
    });
    expect(message).toBe(
      'Paused: provider "openai" refused the key or credentials on 3 calls in a row (HTTP 401: Incorrect API key provided.). Check the API key or permissions, then resume the run.',
    );
  });
});

describe('HopelessStreak', () => {
  it('stops on the third failure of one kind in a row, holding the failures', () => {
    const streak = new HopelessStreak<number>();
    expect(streak.failed('auth', 1)).toEqual({ stop: false, release: [] });
    expect(streak.failed('auth', 2)).toEqual({ stop: false, release: [] });
    expect(streak.failed('auth', 3)).toEqual({ stop: true, release: [] });
  });

  it('releases the held failures when something succeeds or the kind changes', () => {
    const streak = new HopelessStreak<number>();
    streak.failed('model', 1);
    streak.failed('model', 2);
    expect(streak.succeeded()).toEqual([1, 2]);
    streak.failed('model', 3);
    expect(streak.failed('auth', 4)).toEqual({ stop: false, release: [3] });
    expect(streak.succeeded()).toEqual([4]);
  });
});
