// The preload with Electron mocked: named functions per channel, an unsubscribable event stream,
// and never ipcRenderer itself.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_EVENT_CHANNEL, ipcChannel } from '../../../shared/channels';

const exposed = new Map<string, Record<string, unknown>>();
const invoked: [string, unknown][] = [];
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const ipcRenderer = {
  invoke: vi.fn(async (channel: string, input: unknown) => {
    invoked.push([channel, input]);
    return { ok: true, value: null };
  }),
  on: (channel: string, listener: (...args: unknown[]) => void) => {
    listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
  },
  removeListener: (channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener),
};

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: Record<string, unknown>) => exposed.set(key, value) },
  ipcRenderer,
  webUtils: { getPathForFile: (file: { name: string }) => `/home/user/${file.name}` },
}));

await import('../../../electron/preload');

describe('preload', () => {
  const gavel = () => exposed.get('gavel')!;

  it('exposes one function per channel and the event subscription, nothing else', () => {
    expect(Object.keys(gavel()).sort()).toEqual([...CHANNELS, 'onEvent'].sort());
    for (const value of Object.values(gavel())) expect(typeof value).toBe('function');
    expect(Object.values(gavel())).not.toContain(ipcRenderer);
    expect([...exposed.keys()].sort()).toEqual(['gavel', 'gavelFiles']);
  });

  it('invokes the matching IPC channel with the input', async () => {
    await (gavel()['items.get'] as (input: unknown) => Promise<unknown>)({ id: 3 });
    expect(invoked).toEqual([[ipcChannel('items.get'), { id: 3 }]]);
  });

  it('delivers events until unsubscribed, without leaking the IPC event object', () => {
    const received: unknown[] = [];
    const unsubscribe = (gavel().onEvent as (l: (e: unknown) => void) => () => void)((event) => received.push(event));
    const emit = (payload: unknown) => listeners.get(IPC_EVENT_CHANNEL)!.forEach((l) => l({ sender: 'ipc' }, payload));
    emit({ type: 'workspace.changed' });
    unsubscribe();
    emit({ type: 'workspace.changed' });
    expect(received).toEqual([{ type: 'workspace.changed' }]);
  });

  it('gives the path of a chosen file', () => {
    const files = exposed.get('gavelFiles')!;
    expect((files.pathFor as (f: unknown) => string)({ name: 'qa.csv' })).toBe('/home/user/qa.csv');
  });
});
