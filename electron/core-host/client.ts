// The client side of a core host: the same call / subscribe / close as an in-process Core, so the
// Electron bridge does not know where the core runs. It answers the host's key-store requests from
// the keys it was given (the OS keychain in the app).
import type { GavelEvent } from '../../shared/contract';
import { fail, type Result } from '../../shared/result';
import type { KeyStore } from '../providers/types';
import { PendingReplies } from './pending-replies';
import type { FromHost, HostOpenOptions, KeyOperation, MessageEnd, ToHost } from './protocol';

export interface CoreConnection {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: GavelEvent) => void): () => void;
  close(): Promise<void>;
}

export interface HostedCore extends CoreConnection {
  /** Round trip of a message the host answers straight from its event loop, in ms. */
  ping(): Promise<number>;
}

/** The host process as its client sees it: Electron's UtilityProcess or a forked Node child. */
export interface HostProcess extends MessageEnd<FromHost, ToHost> {
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface ConnectOptions extends Omit<HostOpenOptions, 'keyStore'> {
  keys: KeyStore;
}

/**
 * Opens the workspace in the host process; resolves once it is open (and stops the process when it
 * cannot open). Should the process die, every call waiting and every later call is answered with an
 * error saying so.
 */
export async function connectCore(end: HostProcess, options: ConnectOptions): Promise<HostedCore> {
  const { keys, ...open } = options;
  const results = new PendingReplies<Result<unknown>>();
  const pongs = new PendingReplies<void>();
  const listeners = new Set<(event: GavelEvent) => void>();
  let opening: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let closing: (() => void) | null = null;
  let gone: string | null = null;

  end.onMessage((message) => {
    switch (message.type) {
      case 'opened':
        return opening?.resolve();
      case 'open.failed':
        return opening?.reject(new Error(message.message));
      case 'result':
        return results.settle(message.id, message.result);
      case 'pong':
        return pongs.settle(message.id);
      case 'event':
        for (const listener of listeners) listener(message.event);
        return;
      case 'keys.request':
        return void answerKeys(message.id, message);
      case 'closed':
        return closing?.();
    }
  });

  async function answerKeys(id: number, operation: KeyOperation) {
    try {
      let value: string | null = null;
      if (operation.op === 'get') value = await keys.get(operation.providerId);
      else if (operation.op === 'set') await keys.set(operation.providerId, operation.key);
      else await keys.delete(operation.providerId);
      end.post({ type: 'keys.reply', id, value });
    } catch (error) {
      end.post({ type: 'keys.reply', id, value: null, error: (error as Error).message ?? String(error) });
    }
  }

  end.onExit((code) => {
    gone = `The workspace process stopped (exit code ${code}); reopen the workspace.`;
    results.settleAll(fail('INTERNAL', gone));
    pongs.failAll(new Error(gone));
    opening?.reject(new Error(gone));
    closing?.();
  });

  try {
    await new Promise<void>((resolve, reject) => {
      opening = { resolve, reject };
      end.post({ type: 'open', options: { ...open, keyStore: keys.describe() } });
    });
  } catch (error) {
    end.kill();
    throw error;
  }

  return {
    call: (channel, input) =>
      gone !== null
        ? Promise.resolve(fail('INTERNAL', gone))
        : results.ask((id) => end.post({ type: 'call', id, channel, input })),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async ping() {
      if (gone !== null) throw new Error(gone);
      const started = performance.now();
      await pongs.ask((id) => end.post({ type: 'ping', id }));
      return performance.now() - started;
    },
    close() {
      if (gone !== null) return Promise.resolve();
      return new Promise<void>((resolve) => {
        closing = resolve;
        end.post({ type: 'close' });
      });
    },
  };
}
