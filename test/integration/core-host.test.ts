// The core in a process of its own, driven through the same messages the desktop app's main process
// relays: calls and results, events, the key store kept on the client's side, a crash, a close.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GavelEvent } from '../../shared/contract';
import { providerConfig } from '../../electron/core/provider-registry';
import { forkCoreHost } from '../helpers/fork-core-host';
import { memoryKeys } from '../helpers/memory-keys';
import { fixture, tempDir } from '../helpers/temp-workspace';

const value = <T>(result: { ok: boolean; value?: unknown; error?: { message: string } }): T => {
  if (!result.ok) throw new Error(result.error!.message);
  return result.value as T;
};

describe('the core host process', () => {
  it('opens the workspace, answers calls, streams events and closes cleanly', async () => {
    const workspacePath = path.join(tempDir(), 'hosted.gavel');
    const host = await forkCoreHost({ workspacePath, seedSample: false, keys: memoryKeys() });
    expect(host.pid).not.toBe(process.pid);
    const events: GavelEvent[] = [];
    host.subscribe((event) => events.push(event));

    expect(value<{ path: string }>(await host.call('workspace.info', {})).path).toBe(workspacePath);
    value(await host.call('import.run', { source: { kind: 'path', path: fixture('qa.csv') }, jobId: 'job-1' }));
    const datasets = value<{ name: string; items: number }[]>(await host.call('datasets.list', {}));
    expect(datasets.map((dataset) => dataset.name)).toEqual(['qa']);
    expect(events.some((event) => event.type === 'import.progress' && event.jobId === 'job-1')).toBe(true);
    expect(events.some((event) => event.type === 'workspace.changed')).toBe(true);

    // Errors come back as data, as in process.
    const missing = await host.call('items.get', { id: 999_999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await host.call('no.such.channel', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await host.ping()).toBeGreaterThanOrEqual(0);

    await host.close();
    expect(await host.exited).toBe(0);
    // The workspace was closed properly: another process opens it and finds the import.
    const again = await forkCoreHost({ workspacePath, seedSample: false, keys: memoryKeys() });
    expect(value<unknown[]>(await again.call('datasets.list', {}))).toHaveLength(1);
    await again.close();
  });

  it('keeps keys on the client side: the host asks for them by message', async () => {
    const keys = memoryKeys();
    const host = await forkCoreHost({ workspacePath: path.join(tempDir(), 'k.gavel'), seedSample: false, keys });
    value(await host.call('providers.save', { config: providerConfig('team', 'openai', {}) }));
    value(await host.call('providers.setKey', { id: 'team', key: 'sk-kept-in-the-keychain' }));
    expect(await keys.get('team')).toBe('sk-kept-in-the-keychain');
    const view = value<{ keys: Record<string, { present: boolean }> }>(await host.call('providers.list', {}));
    expect(view.keys.team).toMatchObject({ present: true });
    await host.close();
  });

  it('refuses a workspace it cannot open and stops the process', async () => {
    const folder = tempDir();
    fs.mkdirSync(path.join(folder, 'not-a-file.gavel'));
    await expect(
      forkCoreHost({ workspacePath: path.join(folder, 'not-a-file.gavel'), seedSample: false, keys: memoryKeys() }),
    ).rejects.toThrow(/unable to open database/);
  });

  it('answers every call with an error once the process has died', async () => {
    const host = await forkCoreHost({
      workspacePath: path.join(tempDir(), 'dies.gavel'),
      seedSample: false,
      keys: memoryKeys(),
    });
    process.kill(host.pid, 'SIGKILL');
    await host.exited;
    expect(await host.call('datasets.list', {})).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/workspace process stopped/) },
    });
  });
});
