// The fake model server (test/fakes/fake-server-process.ts) in a process of its own, as benchmarks
// use it: a real API is not in the client's event loop either.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LimitStyle } from '../fakes/fake-rate-limit';

export type FakeApi = 'openai' | 'bedrock';

export interface FakeServerOptions {
  api?: FakeApi;
  latencyMs?: number;
  /** A limit the server enforces without announcing it first; null for none. */
  perMinute?: number | null;
  style?: LimitStyle;
}

export async function startFakeServerProcess({
  api = 'openai',
  latencyMs = 50,
  perMinute = null,
  style = 'retry-after-ms',
}: FakeServerOptions = {}) {
  const script = fileURLToPath(new URL('../fakes/fake-server-process.ts', import.meta.url));
  const limit = perMinute === null ? [] : ['--per-minute', String(perMinute), '--style', style];
  const args = ['--api', api, '--latency', String(latencyMs), ...limit];
  const child = fork(script, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const message = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  const { url } = await message<{ url: string }>();
  return {
    url,
    /** Requests the server has received so far. */
    async requests() {
      child.send('stats');
      return (await message<{ requests: number }>()).requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send('close');
      }),
  };
}
