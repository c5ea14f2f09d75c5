// Every bridge goes through the same dispatch: invalid input and unknown channels come back as data.
import { describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../shared/contract';
import { tempCore } from '../helpers/temp-workspace';

describe('API contract', () => {
  it('lists every contract channel exactly once', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it.each([
    ['items.page', { datasetId: 'one' }, /datasetId/],
    ['items.page', { datasetId: 1, limit: 5000 }, /limit/],
    ['items.get', {}, /id/],
    ['import.inspect', { source: { kind: 'path' } }, /path/],
    ['import.run', { source: { kind: 'upload', id: '../../etc/passwd' } }, /id/],
    ['import.run', { source: { kind: 'path', path: '/x.csv' }, format: 'excel' }, /format/],
    ['import.run', { source: { kind: 'path', path: '/x.csv' }, mapping: { answer: 'a' } }, /mapping/],
  ])('%s with %j is INVALID_INPUT naming the field', async (channel, input, field) => {
    const core = await tempCore();
    const result = await core.callChannel(channel, input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toMatch(field);
    expect(result.error.message.startsWith(`${channel}:`)).toBe(true);
  });

  it('answers an unknown channel with UNKNOWN_CHANNEL', async () => {
    const core = await tempCore();
    expect(await core.callChannel('datasets.drop', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'There is no API channel named "datasets.drop".' },
    });
  });

  it('answers a missing record with NOT_FOUND', async () => {
    const core = await tempCore();
    expect(await core.call('items.get', { id: 42 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No item with id 42.' },
    });
  });

  it('refuses uploads outside browser mode', async () => {
    const core = await tempCore();
    const result = await core.call('import.inspect', {
      source: { kind: 'upload', id: '00000000-0000-4000-8000-000000000000' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
