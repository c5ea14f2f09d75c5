// A lazily loaded group of handlers: built once, on the first call of any of its channels.
import { describe, expect, it } from 'vitest';
import { lazyGroup } from '../../../electron/core/lazy-group';

const group = () => ({
  'items.get': (input: { id: number }) => ({ item: input.id }),
  'items.find': async (input: { key: string }, caller: string) => `${input.key} for ${caller}`,
});

describe('lazyGroup', () => {
  it('builds nothing until a channel is called, then builds the group once for all its channels', async () => {
    let builds = 0;
    const handlers = lazyGroup(['items.get', 'items.find'], async () => {
      builds++;
      return group();
    });
    expect(builds).toBe(0);
    const [got, found] = await Promise.all([
      handlers['items.get']({ id: 7 }),
      handlers['items.find']({ key: 'k' }, 'Dana'),
    ]);
    expect(got).toEqual({ item: 7 });
    expect(found).toBe('k for Dana');
    await handlers['items.get']({ id: 8 });
    expect(builds).toBe(1);
  });

  it('tries a failed load again on the next call', async () => {
    let attempts = 0;
    const handlers = lazyGroup(['items.get', 'items.find'], async () => {
      attempts++;
      if (attempts === 1) throw new Error('module failed to load');
      return group();
    });
    await expect(handlers['items.get']({ id: 1 })).rejects.toThrow('module failed to load');
    await expect(handlers['items.get']({ id: 1 })).resolves.toEqual({ item: 1 });
    expect(attempts).toBe(2);
  });
});
