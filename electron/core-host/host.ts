// The core on its own process: opens one workspace when the client says so, answers its API calls,
// forwards the core's events, and asks the client for keys. Calls are answered as they finish, so a
// long import does not hold up a quick read, and pings are answered straight from the event loop:
// their round trip is the delay the client sees.
import { fail } from '../../shared/result';
import { openCore, type OpenCoreOptions } from '../core/open-core';
import type { Core } from '../core/service';
import type { KeyStore } from '../providers/types';
import { PendingReplies } from './pending-replies';
import { warmUp } from './warm-up';
import type { FromHost, HostOpenOptions, KeyOperation, MessageEnd, ToHost } from './protocol';

export type OpenHostCore = (options: OpenCoreOptions) => Promise<Core>;

/** Serves the core over `end`; resolves once the client has closed it. */
export function serveCore(end: MessageEnd<ToHost, FromHost>, open: OpenHostCore = openCore): Promise<void> {
  let core: Promise<Core> | null = null;
  const keyReplies = new PendingReplies<string | null>();
  return new Promise((closed) => {
    end.onMessage((message) => {
      switch (message.type) {
        case 'open':
          if (core) return end.post({ type: 'open.failed', message: 'This core host already has a workspace open.' });
          core = openOn(message.options);
          return;
        case 'call':
          return void answer(message.id, message.channel, message.input);
        case 'ping':
          return end.post({ type: 'pong', id: message.id });
        case 'keys.reply':
          if (message.error !== undefined) return keyReplies.fail(message.id, new Error(message.error));
          return keyReplies.settle(message.id, message.value);
        case 'close':
          return void closeCore().then(() => {
            end.post({ type: 'closed' });
            closed();
          });
      }
    });
  });

  function openOn(options: HostOpenOptions): Promise<Core> {
    const opened = open({
      workspacePath: options.workspacePath,
      seedSample: options.seedSample,
      nativeBinding: options.nativeBinding,
      keys: clientKeys(options.keyStore),
    });
    opened.then(
      (ready) => {
        ready.subscribe((event) => end.post({ type: 'event', event }));
        end.post({ type: 'opened' });
        void warmUp();
      },
      (error: unknown) => end.post({ type: 'open.failed', message: (error as Error).message ?? String(error) }),
    );
    return opened;
  }

  async function answer(id: number, channel: string, input: unknown) {
    const ready = await core?.catch(() => null);
    const result = ready ? await ready.callChannel(channel, input) : fail('INVALID_INPUT', 'No workspace is open.');
    end.post({ type: 'result', id, result });
  }

  async function closeCore() {
    const ready = await core?.catch(() => null);
    core = null;
    await ready?.close();
    keyReplies.failAll(new Error('The core host closed.'));
  }

  /** The client's key store, reached through messages. */
  function clientKeys(description: HostOpenOptions['keyStore']): KeyStore {
    const ask = (operation: KeyOperation) =>
      keyReplies.ask((id) => end.post({ type: 'keys.request', id, ...operation }));
    return {
      get: (providerId) => ask({ op: 'get', providerId }),
      set: async (providerId, key) => void (await ask({ op: 'set', providerId, key })),
      delete: async (providerId) => void (await ask({ op: 'delete', providerId })),
      describe: () => description,
    };
  }
}
