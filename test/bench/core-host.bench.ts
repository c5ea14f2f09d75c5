// npm run bench:core-host — the delay a client (the desktop app's main process) sees from the core
// host process while it imports 100,000 rows and a judging run goes on at the same time: a ping
// every 10 ms, answered straight from the host's event loop. Target: p99 < 50 ms. The same pings
// to the idle host are the baseline. Exits non-zero when the target is missed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GavelEvent, RunSummary } from '../../shared/contract';
import { providerConfig } from '../../electron/core/provider-registry';
import type { HostedCore } from '../../electron/core-host/client';
import { startFakeServerProcess } from '../helpers/fake-server-child';
import { forkCoreHost } from '../helpers/fork-core-host';
import { judgeFromTemplate } from '../helpers/template-judge';
import { memoryKeys } from '../helpers/memory-keys';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const JUDGMENTS = Number(process.env.BENCH_JUDGMENTS ?? 1_000);
const PING_EVERY_MS = 10;

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

function must<T>(result: { ok: boolean; value?: unknown; error?: { message: string } }): T {
  if (!result.ok) throw new Error(result.error!.message);
  return result.value as T;
}

/** Pings the host every PING_EVERY_MS until `done` settles; returns the round trips in ms. */
async function pingsDuring(host: HostedCore, done: Promise<unknown>): Promise<number[]> {
  const trips: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    trips.push(await host.ping());
    await new Promise((resolve) => setTimeout(resolve, PING_EVERY_MS));
  }
  return trips;
}

const describe = (trips: number[]) =>
  `p50 ${percentile(trips, 50).toFixed(1)} ms, p99 ${percentile(trips, 99).toFixed(1)} ms, max ${Math.max(...trips).toFixed(1)} ms over ${trips.length} pings`;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-host-'));
  const fake = await startFakeServerProcess();
  const host = await forkCoreHost(
    { workspacePath: path.join(dir, 'bench.gavel'), seedSample: false, keys: memoryKeys({ fake: 'sk-bench' }) },
    { built: true },
  );
  try {
    const rows = (count: number, prefix: string) =>
      Array.from({ length: count }, (_, i) =>
        JSON.stringify({
          id: `${prefix}${i}`,
          question: `What does clause ${i} cover?`,
          answer: `Clause ${i} covers item ${i}.`,
        }),
      ).join('\n');
    const small = path.join(dir, 'judged.jsonl');
    const large = path.join(dir, 'large.jsonl');
    fs.writeFileSync(small, rows(JUDGMENTS, 'j'));
    fs.writeFileSync(large, rows(ROWS, 'r'));

    const idle = await pingsDuring(host, new Promise((resolve) => setTimeout(resolve, 2_000)));

    must(await host.call('import.run', { source: { kind: 'path', path: small } }));
    must(
      await host.call('providers.save', {
        config: providerConfig('fake', 'openai-compatible', {
          baseUrl: fake.url,
          limits: { concurrency: 16, rpm: null, tpm: null, timeoutMs: 30_000, maxRetries: 6 },
        }),
      }),
    );
    const judge = await judgeFromTemplate(host, 'relevance_to_query', { name: 'bench', model: 'gpt-4o-mini' });

    const started = performance.now();
    const run = must<RunSummary>(await host.call('runs.start', { datasetId: 1, judgeVersionIds: [judge] }));
    const runEnded = new Promise<void>((resolve) => {
      const stop = host.subscribe((event: GavelEvent) => {
        if (event.type === 'run.progress' && event.progress.runId === run.id && event.progress.status !== 'running') {
          stop();
          resolve();
        }
      });
    });
    const imported = host.call('import.run', { source: { kind: 'path', path: large } }).then(must);
    const busy = await pingsDuring(host, Promise.all([imported, runEnded]));
    const seconds = (performance.now() - started) / 1000;

    const p99 = percentile(busy, 99);
    console.log(
      `bench:core-host — ${ROWS.toLocaleString('en-US')}-row import + ${JUDGMENTS} judgments in ${seconds.toFixed(1)} s`,
    );
    console.log(`  idle host:  ${describe(idle)}`);
    console.log(`  busy host:  ${describe(busy)}`);
    console.log(`  target p99 < 50 ms: ${p99 < 50 ? 'ok' : 'MISSED'}`);
    if (p99 >= 50) process.exitCode = 1;
  } finally {
    await host.close();
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
