// npm run bench:judge — 1,000 judgments against the fake OpenAI server (50 ms per reply) at
// concurrency 16, first unlimited, then under a 600 requests/minute limit that the server enforces
// (429 + retry-after past it). Prints achieved throughput / the ideal bound
// min(concurrency / latency, limit), and wire requests per judgment under the limit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RunSummary } from '../../shared/contract';
import { DEFAULT_PARAMS, type JudgeSpec, type TemplateInfo } from '../../shared/judging';
import { openCore } from '../../electron/core/open-core';
import { providerConfig } from '../../electron/core/provider-registry';
import type { KeyStore } from '../../electron/providers/types';
import { startFakeOpenAI } from '../fakes/fake-openai-server';

const JUDGMENTS = Number(process.env.BENCH_JUDGMENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIMITED_RUNS = Number(process.env.BENCH_LIMITED_RUNS ?? 1);
const CONCURRENCY = 16;
const LATENCY_MS = 50;
const RPM = 600;

const keys: KeyStore = {
  get: async () => 'sk-bench',
  set: async () => {},
  delete: async () => {},
  describe: () => ({ writable: false, secure: false, backend: 'bench' }),
};

function must<T>(result: { ok: true; value: unknown } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

async function once(dir: string, dataset: string, rpm: number | null) {
  // The server enforces the limit the way real APIs do: a sliding minute, 429 with retry-after past it.
  const window: number[] = [];
  const fake = await startFakeOpenAI({
    behavior: () => {
      const now = Date.now();
      while (window.length > 0 && window[0]! <= now - 60_000) window.shift();
      if (rpm !== null && window.length >= rpm) {
        const retryAfter = window[0]! + 60_000 - now;
        return { outcome: { kind: 'error', status: 429, headers: { 'retry-after-ms': String(retryAfter) } } };
      }
      window.push(now);
      return { latencyMs: LATENCY_MS };
    },
  });
  const core = await openCore({ workspacePath: path.join(dir, `bench-${Date.now()}.gavel`), keys });
  try {
    must(await core.call('import.run', { source: { kind: 'path', path: dataset } }));
    must(
      await core.call('providers.save', {
        config: providerConfig('fake', 'openai-compatible', {
          baseUrl: fake.url,
          limits: { concurrency: CONCURRENCY, rpm, tpm: null, timeoutMs: 30_000, maxRetries: 6 },
        }),
      }),
    );
    const templates = must<TemplateInfo[]>(await core.call('templates.list', {}));
    const template = templates.find((t) => t.name === 'relevance_to_query')!;
    const spec: JudgeSpec = {
      ...template.spec,
      provider: 'fake',
      model: 'gpt-4o-mini',
      params: DEFAULT_PARAMS,
      fewshot: [],
    };
    const judge = must<{ version: { id: number } }>(await core.call('judges.save', { name: 'bench', spec })).version.id;
    const start = performance.now();
    const started = must<RunSummary>(await core.call('runs.start', { datasetId: 1, judgeVersionIds: [judge] }));
    const run = await core.runner.wait(started.id);
    const seconds = (performance.now() - start) / 1000;
    if (run.done !== JUDGMENTS)
      throw new Error(`expected ${JUDGMENTS} judgments, got ${run.done} (${run.errors} errors)`);
    const ideal = Math.min(CONCURRENCY / (LATENCY_MS / 1000), rpm === null ? Infinity : rpm / 60);
    return { throughput: JUDGMENTS / seconds, ideal, requestsPerJudgment: fake.requests.length / JUDGMENTS };
  } finally {
    await core.close();
    await fake.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-judge-'));
  try {
    const dataset = path.join(dir, 'items.jsonl');
    fs.writeFileSync(
      dataset,
      Array.from({ length: JUDGMENTS }, (_, i) =>
        JSON.stringify({
          question: `What does clause ${i} of the policy cover?`,
          answer: `Clause ${i} covers item ${i}.`,
        }),
      ).join('\n'),
    );
    console.log(`bench:judge — ${JUDGMENTS} judgments, ${LATENCY_MS} ms replies, concurrency ${CONCURRENCY}`);
    const unlimited = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await once(dir, dataset, null);
      unlimited.push(r);
      console.log(
        `  unlimited run ${i + 1}: ${r.throughput.toFixed(1)}/s of ideal ${r.ideal.toFixed(1)}/s = ${(r.throughput / r.ideal).toFixed(3)}`,
      );
    }
    const limited = [];
    for (let i = 0; i < LIMITED_RUNS; i++) {
      const r = await once(dir, dataset, RPM);
      limited.push(r);
      console.log(
        `  ${RPM} rpm run ${i + 1}: ${r.throughput.toFixed(2)}/s of ideal ${r.ideal.toFixed(2)}/s = ${(r.throughput / r.ideal).toFixed(3)}, ` +
          `${r.requestsPerJudgment.toFixed(3)} requests per judgment`,
      );
    }
    const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
    const u = median(unlimited.map((r) => r.throughput / r.ideal));
    const l = median(limited.map((r) => r.throughput / r.ideal));
    const w = median(limited.map((r) => r.requestsPerJudgment));
    console.log(`median unlimited throughput / ideal: ${u.toFixed(3)} (target ≥ 0.9: ${ok(u >= 0.9)})`);
    console.log(`median limited throughput / ideal: ${l.toFixed(3)} (target ≥ 0.85: ${ok(l >= 0.85)})`);
    console.log(`median wire requests per judgment under the limit: ${w.toFixed(3)} (target ≤ 1.05: ${ok(w <= 1.05)})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
