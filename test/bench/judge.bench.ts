// npm run bench:judge — 1,000 judgments against the fake OpenAI server (50 ms per reply, in its own
// process) at concurrency 16, first unlimited, then under a 600 requests/minute limit that the server
// enforces (429 + retry-after past it). Prints achieved throughput / the ideal bound
// min(concurrency / latency, limit), and wire requests per judgment under the limit.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { RunSummary } from '../../shared/contract';
import { DEFAULT_PARAMS, type JudgeSpec, type TemplateInfo } from '../../shared/judging';
import OpenAI from 'openai';
import { openCore } from '../../electron/core/open-core';
import { buildRequests } from '../../electron/judging/render-prompt';
import { TEMPLATES } from '../../electron/judging/templates';
import { providerConfig } from '../../electron/core/provider-registry';
import type { KeyStore } from '../../electron/providers/types';

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

/** Starts the fake server in its own process (a real API is not in our event loop either). */
async function fakeServer(rpm: number | null) {
  const script = fileURLToPath(new URL('../fakes/fake-openai-process.ts', import.meta.url));
  const args = ['--latency', String(LATENCY_MS), ...(rpm === null ? [] : ['--rpm', String(rpm)])];
  const child = fork(script, args, { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const message = <T>() => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
  const { url } = await message<{ url: string }>();
  return {
    url,
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

async function once(dir: string, dataset: string, rpm: number | null) {
  const fake = await fakeServer(rpm);
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
    return { throughput: JUDGMENTS / seconds, ideal, requestsPerJudgment: (await fake.requests()) / JUDGMENTS };
  } finally {
    await core.close();
    await fake.close();
  }
}

/**
 * The floor to compare with: the same requests Gavel's judge sends, fired by the bare openai SDK at
 * the same concurrency — no scheduler, cache, parsing or database.
 */
async function rawSdk(dataset: string, rpm: number | null): Promise<number> {
  const fake = await fakeServer(rpm);
  try {
    const template = TEMPLATES.find((t) => t.name === 'relevance_to_query')!;
    const spec: JudgeSpec = {
      ...template.spec,
      provider: 'fake',
      model: 'gpt-4o-mini',
      params: DEFAULT_PARAMS,
      fewshot: [],
    };
    const requests = fs
      .readFileSync(dataset, 'utf8')
      .split('\n')
      .map((line) => JSON.parse(line) as { question: string; answer: string })
      .flatMap(({ question, answer }) => {
        const item = {
          request: question,
          response: answer,
          expected_response: null,
          expected_facts: null,
          guidelines: null,
          retrieved_context: null,
          metadata: {},
        };
        const built = buildRequests(spec, { item });
        return built.ok ? built.requests : [];
      });
    const client = new OpenAI({ apiKey: 'sk-bench', baseURL: fake.url, maxRetries: 0 });
    let next = 0;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < requests.length; i = next++) {
          const r = requests[i]!;
          await client.chat.completions.create({
            model: r.model,
            messages: [{ role: 'system', content: r.system }, ...r.messages],
            max_tokens: r.maxTokens,
            temperature: r.temperature,
            ...(r.schema && { response_format: { type: 'json_schema', json_schema: { ...r.schema, strict: true } } }),
          });
        }
      }),
    );
    return requests.length / ((performance.now() - start) / 1000);
  } finally {
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
    // One unmeasured round first: the JIT warms up on the code paths both sides use.
    await rawSdk(dataset, null);
    await once(dir, dataset, null);
    const unlimited = [];
    for (let i = 0; i < RUNS; i++) {
      const raw = await rawSdk(dataset, null);
      const r = { ...(await once(dir, dataset, null)), raw };
      unlimited.push(r);
      console.log(
        `  unlimited run ${i + 1}: ${r.throughput.toFixed(1)}/s of ideal ${r.ideal.toFixed(1)}/s = ` +
          `${(r.throughput / r.ideal).toFixed(3)}; bare SDK ${raw.toFixed(1)}/s = ${(raw / r.ideal).toFixed(3)} of ideal; ` +
          `Gavel / bare SDK ${(r.throughput / raw).toFixed(3)}`,
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
    const vsRaw = median(unlimited.map((r) => r.throughput / r.raw));
    const l = limited.length > 0 ? median(limited.map((r) => r.throughput / r.ideal)) : undefined;
    const w = limited.length > 0 ? median(limited.map((r) => r.requestsPerJudgment)) : undefined;
    console.log(`median unlimited throughput / ideal: ${u.toFixed(3)} (target ≥ 0.9: ${ok(u >= 0.9)})`);
    console.log(`median unlimited Gavel / bare SDK on the same requests: ${vsRaw.toFixed(3)}`);
    if (limited.length > 0) {
      console.log(`median limited throughput / ideal: ${l!.toFixed(3)} (target ≥ 0.85: ${ok(l! >= 0.85)})`);
      console.log(
        `median wire requests per judgment under the limit: ${w!.toFixed(3)} (target ≤ 1.05: ${ok(w! <= 1.05)})`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
