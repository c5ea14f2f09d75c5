// The Electron bridge with Electron mocked: one handler per channel, foreign frames refused.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_EVENT_CHANNEL, ipcChannel } from '../../../shared/channels';
import type { GavelEvent } from '../../../shared/contract';

const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
const sent: [string, unknown][] = [];

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, input: unknown) => unknown) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
  BrowserWindow: {
    getAllWindows: () => [
      { webContents: { send: (channel: string, payload: unknown) => sent.push([channel, payload]) } },
    ],
  },
}));

const { registerIpcBridge } = await import('../../../electron/shell/ipc-bridge');

function fakeCore() {
  const listeners = new Set<(event: GavelEvent) => void>();
  return {
    calls: [] as [string, unknown][],
    call: vi.fn(async function (this: unknown, channel: string, input: unknown) {
      return { ok: true as const, value: { channel, input } };
    }),
    subscribe: (listener: (event: GavelEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event: GavelEvent) => listeners.forEach((listener) => listener(event)),
  };
}

const trusted = (url: string) => url.startsWith('gavel-app://renderer/');

describe('IPC bridge', () => {
  beforeEach(() => {
    handlers.clear();
    sent.length = 0;
  });

  it('registers one handler per contract channel', () => {
    registerIpcBridge(fakeCore() as never, trusted);
    expect([...handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannel).sort());
  });

  it('passes calls from our renderer frame to the core', async () => {
    const core = fakeCore();
    registerIpcBridge(core as never, trusted);
    const reply = await handlers.get(ipcChannel('datasets.list'))!(
      { senderFrame: { url: 'gavel-app://renderer/index.html' } },
      {},
    );
    expect(reply).toEqual({ ok: true, value: { channel: 'datasets.list', input: {} } });
  });

  it('refuses a foreign frame without reaching the core', async () => {
    const core = fakeCore();
    registerIpcBridge(core as never, trusted);
    const reply = await handlers.get(ipcChannel('datasets.delete'))!(
      { senderFrame: { url: 'https://evil.example/' } },
      { id: 1 },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const detached = await handlers.get(ipcChannel('datasets.list'))!({ senderFrame: null }, {});
    expect(detached).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(core.call).not.toHaveBeenCalled();
  });

  it('forwards core events to the windows and stops when disposed', () => {
    const core = fakeCore();
    const dispose = registerIpcBridge(core as never, trusted);
    core.emit({ type: 'workspace.changed' });
    expect(sent).toEqual([[IPC_EVENT_CHANNEL, { type: 'workspace.changed' }]]);
    dispose();
    core.emit({ type: 'workspace.changed' });
    expect(sent).toHaveLength(1);
    expect(handlers.size).toBe(0);
  });
});
