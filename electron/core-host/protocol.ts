// The messages between a core host process and its client (the Electron main process, or a test or
// benchmark that forks the host): API calls and their results, events, liveness pings, and key-store
// requests, which go back to the client because the OS keychain lives in the main process.
import type { GavelEvent } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { KeyStore } from '../providers/types';

export interface HostOpenOptions {
  workspacePath: string;
  /** Seed the sample dataset when this open creates the file. */
  seedSample: boolean;
  /** better-sqlite3 built for the host's runtime (Electron's ABI in the packaged app). */
  nativeBinding?: string;
  /** What the client's key store is, answered by the host without a round trip. */
  keyStore: ReturnType<KeyStore['describe']>;
}

export type KeyOperation =
  | { op: 'get'; providerId: string }
  | { op: 'set'; providerId: string; key: string }
  | { op: 'delete'; providerId: string };

export type ToHost =
  | { type: 'open'; options: HostOpenOptions }
  | { type: 'call'; id: number; channel: string; input: unknown }
  | { type: 'ping'; id: number }
  | { type: 'keys.reply'; id: number; value: string | null; error?: string }
  | { type: 'close' };

export type FromHost =
  | { type: 'opened' }
  | { type: 'open.failed'; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'pong'; id: number }
  | { type: 'event'; event: GavelEvent }
  | ({ type: 'keys.request'; id: number } & KeyOperation)
  | { type: 'closed' };

/** One end of a message channel: Electron's parentPort / UtilityProcess, or a forked child's IPC. */
export interface MessageEnd<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
