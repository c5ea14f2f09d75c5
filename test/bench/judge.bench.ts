// npm run bench:judge — 1,000 judgments against the fake OpenAI server (50 ms per reply, in its own
// process) at concurrency 16, first unlimited, then under a 600 requests/minute limit that the server
// enforces (429 + retry-after past it) and the user typed as --rpm. Prints achieved throughput / the
// ideal bound min(concurrency / latency, limit), and wire requests per judgment under the limit.
// Then the unannounced limits: no --rpm, the server enforces 600/minute, 300 judgments at
// concurrency 16, one case per way of telling (retry-after, retry-after-ms, x-ratelimit-* headers,
// a bare 429, Bedrock's ThrottlingException), each reporting the share of the limit reached, wire
// requests per judgment and judgments done. Exits non-zero when a target is missed.
// BENCH_CASES=unlimited,typed,unannounced picks the parts to run (all by default).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RunSummary } from '../../shared/contract';
import { DEFAULT_PARAMS, type JudgeSpec } from '../../shared/judging';
import OpenAI from 'openai';
import { openCore } from '../../electron/core/open-core';
import { buildRequests } from '../../electron/judging/render-prompt';
import { TEMPLATES } from '../../electron/judging/templates';
import { providerConfig } from '../../electron/core/provider-registry';
import type { LimitStyle } from '../fakes/fake-rate-limit';
import { startFakeServerProcess, type FakeApi } from '../helpers/fake-server-child';
import { judgeFromTemplate } from '../helpers/template-judge';
import type { KeyStore } from '../../electron/providers/types';

const JUDGMENTS = Number(process.env.BENCH_JUDGMENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LIMITED_RUNS = Number(process.env.BENCH_LIMITED_RUNS ?? 1);
const CONCURRENCY = 16;
const LATENCY_MS = 50;
const RPM = 600;
const UNANNOUNCED_JUDGMENTS = 300;
const CASES = new Set((process.env.BENCH_CASES ?? 'unlimited,typed,unannounced').split(','));

interface UnannouncedCase {
  name: string;
  api: FakeApi;
  style: LimitStyle;
  /** Most wire requests per judgment allowed. */
  maxRequestsPerJudgment: number;
}

const UNANNOUNCED: UnannouncedCase[] = [
  { name: '(a) 429 + retry-after (s)', api: 'openai', style: 'retry-after', maxRequestsPerJudgment: 1.15 },
  { name: '(b) 429 + retry-after-ms', api: 'openai', style: 'retry-after-ms', maxRequestsPerJudgment: 1.15 },
  { name: '(c) x-ratelimit-* headers', api: 'openai', style: 'x-ratelimit', maxRequestsPerJudgment: 1.05 },
  { name: '(d) bare 429', api: 'openai', style: 'bare', maxRequestsPerJudgment: 1.3 },
  { name: '(e) Bedrock throttling', api: 'bedrock', style: 'bare', maxRequestsPerJudgment: 1.3 },
];

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

/** The fake server in its own process, at this benchmark's reply latency. */
const fakeServer = (perMinute: number | null, api: FakeApi = 'openai', style: LimitStyle = 'retry-after-ms') =>
  startFakeServerProcess({ api, latencyMs: LATENCY_MS, perMinute, style });

/**
 * One run of every item in `dataset` against a fake server enforcing `serverPerMinute`, with `rpm`
 * typed by the user (null: none). Returns the run, its duration and the wire requests it took.
 */
async function judgeAll(
  dir: string,
  dataset: string,
  options: { rpm: number | null; serverPerMinute: number | null; api?: FakeApi; style?: LimitStyle },
) {
  const api = options.api ?? 'openai';
  const fake = await fakeServer(options.serverPerMinute, api, options.style);
  const core = await openCore({ workspacePath: path.join(dir, `bench-${Date.now()}.gavel`), keys });
  try {
    must(await core.call('import.run', { source: { kind: 'path', path: dataset } }));
    const limits = { concurrency: CONCURRENCY, rpm: options.rpm, tpm: null, timeoutMs: 30_000, maxRetries: 6 };
    const config =
      api === 'bedrock'
        ? providerConfig('fake', 'bedrock', { region: 'us-east-1', endpoint: fake.url, limits })
        : providerConfig('fake', 'openai-compatible', { baseUrl: fake.url, limits });
    must(await core.call('providers.save', { config }));
    // The owner confirms the AWS secret for this endpoint, as Settings asks before anything is signed for it.
    if (api === 'bedrock')
      must(await core.call('providers.setKey', { id: 'fake', key: process.env.AWS_SECRET_ACCESS_KEY! }));
    const judge = await judgeFromTemplate(core, 'relevance_to_query', { name: 'bench', model: 'gpt-4o-mini' });
    const start = performance.now();
    const started = must<RunSummary>(await core.call('runs.start', { datasetId: 1, judgeVersionIds: [judge] }));
    const run = await core.runner.wait(started.id);
    const seconds = (performance.now() - start) / 1000;
    return { run, seconds, requests: await fake.requests() };
  } finally {
    await core.close();
    await fake.close();
  }
}

async function once(dir: string, dataset: string, rpm: number | null) {
  const { run, seconds, requests } = await judgeAll(dir, dataset, { rpm, serverPerMinute: rpm });
  if (run.done !== JUDGMENTS)
    throw new Error(`expected ${JUDGMENTS} judgments, got ${run.done} (${run.errors} errors)`);
  const ideal = Math.min(CONCURRENCY / (LATENCY_MS / 1000), rpm === null ? Infinity : rpm / 60);
  return { throughput: JUDGMENTS / seconds, ideal, requestsPerJudgment: requests / JUDGMENTS };
}

/** Runs every unannounced-limit case; prints the table and returns whether every target was met. */
async function unannounced(dir: string): Promise<boolean> {
  const dataset = writeDataset(dir, 'unannounced.jsonl', UNANNOUNCED_JUDGMENTS);
  const rows = [];
  for (const which of UNANNOUNCED) {
    if (which.api === 'bedrock') {
      // The AWS SDK's default chain reads these; the fake checks only that requests are signed.
      process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
      process.env.AWS_SECRET_ACCESS_KEY = 'bench-secret';
    }
    const { run, seconds, requests } = await judgeAll(dir, dataset, {
      rpm: null,
      serverPerMinute: RPM,
      api: which.api,
      style: which.style,
    });
    const share = run.done / seconds / (RPM / 60);
    const perJudgment = requests / UNANNOUNCED_JUDGMENTS;
    const met =
      run.done === UNANNOUNCED_JUDGMENTS &&
      run.errors === 0 &&
      share >= 0.85 &&
      perJudgment <= which.maxRequestsPerJudgment;
    rows.push({ ...which, done: run.done, errors: run.errors, seconds, share, perJudgment, met });
    console.log(
      `  ${which.name}: ${run.done}/${UNANNOUNCED_JUDGMENTS} done, ${run.errors} errors, ${seconds.toFixed(1)} s, ` +
        `${share.toFixed(3)} of the limit, ${perJudgment.toFixed(3)} requests per judgment`,
    );
  }
  console.log(
    `\nunannounced ${RPM}/minute limit, no --rpm, ${UNANNOUNCED_JUDGMENTS} judgments, concurrency ${CONCURRENCY}:`,
  );
  console.log('| case | done | errors | seconds | share of limit (≥ 0.85) | requests/judgment (target) | |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.done}/${UNANNOUNCED_JUDGMENTS} | ${r.errors} | ${r.seconds.toFixed(1)} | ${r.share.toFixed(3)} | ` +
        `${r.perJudgment.toFixed(3)} (≤ ${r.maxRequestsPerJudgment}) | ${r.met ? 'ok' : 'MISSED'} |`,
    );
  }
  return rows.every((r) => r.met);
}

function writeDataset(dir: string, name: string, count: number): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        question: `What does clause ${i} of the policy cover?`,
        answer: `Clause ${i} covers item ${i}.`,
      }),
    ).join('\n'),
  );
  return file;
}

/**
 * The floor to compare with: the same requests Gavel's judge sends, fired by the bare openai SDK at
 * the same concurrency — no scheduler, cache, parsing or database.
 */
async function rawSdk(dataset: string): Promise<number> {
  const fake = await fakeServer(null);
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
  const ok = (pass: boolean) => (pass ? 'ok' : 'MISSED');
  let met = true;
  try {
    const dataset = writeDataset(dir, 'items.jsonl', JUDGMENTS);
    if (CASES.has('unlimited')) {
      console.log(`bench:judge — ${JUDGMENTS} judgments, ${LATENCY_MS} ms replies, concurrency ${CONCURRENCY}`);
      // One unmeasured round first: the JIT warms up on the code paths both sides use.
      await rawSdk(dataset);
      await once(dir, dataset, null);
      const unlimited = [];
      for (let i = 0; i < RUNS; i++) {
        const raw = await rawSdk(dataset);
        const r = { ...(await once(dir, dataset, null)), raw };
        unlimited.push(r);
        console.log(
          `  unlimited run ${i + 1}: ${r.throughput.toFixed(1)}/s of ideal ${r.ideal.toFixed(1)}/s = ` +
            `${(r.throughput / r.ideal).toFixed(3)}; bare SDK ${raw.toFixed(1)}/s = ${(raw / r.ideal).toFixed(3)} of ideal; ` +
            `Gavel / bare SDK ${(r.throughput / raw).toFixed(3)}`,
        );
      }
      const u = median(unlimited.map((r) => r.throughput / r.ideal));
      const vsRaw = median(unlimited.map((r) => r.throughput / r.raw));
      console.log(`median unlimited throughput / ideal: ${u.toFixed(3)} (target ≥ 0.85: ${ok(u >= 0.85)})`);
      console.log(`median unlimited Gavel / bare SDK on the same requests: ${vsRaw.toFixed(3)}`);
      met &&= u >= 0.85;
    }
    if (CASES.has('typed') && LIMITED_RUNS > 0) {
      const limited = [];
      for (let i = 0; i < LIMITED_RUNS; i++) {
        const r = await once(dir, dataset, RPM);
        limited.push(r);
        console.log(
          `  --rpm ${RPM} run ${i + 1}: ${r.throughput.toFixed(2)}/s of ideal ${r.ideal.toFixed(2)}/s = ${(r.throughput / r.ideal).toFixed(3)}, ` +
            `${r.requestsPerJudgment.toFixed(3)} requests per judgment`,
        );
      }
      const l = median(limited.map((r) => r.throughput / r.ideal));
      const w = median(limited.map((r) => r.requestsPerJudgment));
      console.log(`median --rpm throughput / ideal: ${l.toFixed(3)} (target ≥ 0.85: ${ok(l >= 0.85)})`);
      console.log(`median wire requests per judgment with --rpm: ${w.toFixed(3)} (target ≤ 1.05: ${ok(w <= 1.05)})`);
      met &&= l >= 0.85 && w <= 1.05;
    }
    if (CASES.has('unannounced')) met = (await unannounced(dir)) && met;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!met) {
    console.error('bench:judge: a target was missed.');
    process.exitCode = 1;
  }
}

await main();
