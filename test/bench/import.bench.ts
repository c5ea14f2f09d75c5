// npm run bench:import — 100,000 JSONL rows of about 1 KB through the real import path, compared
// with a raw better-sqlite3 bulk insert of the same rows in the same process, while a simple API
// read is issued every 5 ms to measure how responsive the app stays during the import. Then a
// 1 GB JSONL imported by a process of its own, whose peak memory (VmHWM) is reported beside its
// rows/s.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../../electron/core/open-core';
import { openWorkspace } from '../../electron/db/open-workspace';
import { measuredImport, writeBigJsonl } from '../helpers/big-jsonl';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const READ_EVERY_MS = 5;
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 1024);
const BIG_PEAK_TARGET_MB = 400;

/**
 * What to compare with: the same rows, parsed in advance, bulk-inserted with one prepared statement
 * in one transaction into the item table of a workspace opened with the same settings.
 */
function rawInsert(dir: string, lines: string[]): number {
  const workspace = openWorkspace(path.join(dir, `raw-${Date.now()}.gavel`));
  const db = workspace.writer;
  db.prepare("INSERT INTO dataset (name, created_at) VALUES ('raw', 'now')").run();
  const rows = lines.map((line) => ({ line, row: JSON.parse(line) as Record<string, string> }));
  const insert = db.prepare(
    `INSERT INTO item (dataset_id, key, request, response, expected_response, metadata, source, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, 'now')`,
  );
  const start = performance.now();
  db.transaction(() => {
    for (const { line, row } of rows) {
      insert.run(
        row.id,
        row.question,
        row.answer,
        row.expected_answer,
        JSON.stringify({ category: row.category }),
        line,
      );
    }
  })();
  const seconds = (performance.now() - start) / 1000;
  workspace.close();
  return ROWS / seconds;
}

async function gavelImport(dir: string, file: string): Promise<{ rowsPerSecond: number; latencies: number[] }> {
  const core = await openCore({ workspacePath: path.join(dir, `bench-${Date.now()}.gavel`) });
  const latencies: number[] = [];
  let importing = true;
  let timer: NodeJS.Timeout | undefined;
  let lastRead: Promise<unknown> = Promise.resolve();
  // Latency counts from when the read was due, so time the event loop was blocked counts too.
  const probe = () => {
    if (!importing) return;
    const due = performance.now() + READ_EVERY_MS;
    timer = setTimeout(() => {
      lastRead = core.call('datasets.list', {}).then(() => {
        latencies.push(performance.now() - due);
        probe();
      });
    }, READ_EVERY_MS);
  };
  probe();
  const start = performance.now();
  const result = await core.call('import.run', { source: { kind: 'path', path: file } });
  const seconds = (performance.now() - start) / 1000;
  importing = false;
  clearTimeout(timer);
  await lastRead;
  if (!result.ok) throw new Error(result.error.message);
  await core.close();
  return { rowsPerSecond: ROWS / seconds, latencies };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-'));
  try {
    const file = path.join(dir, 'rows.jsonl');
    writeBigJsonl(file, { rows: ROWS, rowBytes: 1020 });
    const size = fs.statSync(file).size;
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    console.log(`bench:import — ${fmt(ROWS)} rows, ${fmt(size / ROWS)} bytes/row, ${RUNS} runs`);

    const results: { ours: number; raw: number; ratio: number; p99: number; p50: number; reads: number }[] = [];
    for (let run = 1; run <= RUNS; run++) {
      const raw = rawInsert(dir, lines);
      const { rowsPerSecond, latencies } = await gavelImport(dir, file);
      const r = {
        ours: rowsPerSecond,
        raw,
        ratio: rowsPerSecond / raw,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        reads: latencies.length,
      };
      results.push(r);
      console.log(
        `  run ${run}: import ${fmt(r.ours)} rows/s, raw insert ${fmt(r.raw)} rows/s, ratio ${fmt(r.ratio, 2)}, ` +
          `read latency p50 ${fmt(r.p50, 1)} ms p99 ${fmt(r.p99, 1)} ms (${r.reads} reads)`,
      );
    }
    const ours = median(results.map((r) => r.ours));
    const ratio = median(results.map((r) => r.ratio));
    const p99 = median(results.map((r) => r.p99));
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
    console.log(`median import throughput: ${fmt(ours)} rows/s (target ≥ 50,000: ${verdict(ours >= 50_000)})`);
    console.log(
      `median ratio to raw better-sqlite3 bulk insert: ${fmt(ratio, 2)} (target ≥ 0.4: ${verdict(ratio >= 0.4)})`,
    );
    console.log(`median p99 read latency during import: ${fmt(p99, 1)} ms (target < 50 ms: ${verdict(p99 < 50)})`);
    fs.rmSync(file);
    await bigFile(dir, verdict);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The 1 GB case: generated in the temp dir, imported in a child process, deleted after. */
async function bigFile(dir: string, verdict: (ok: boolean) => string): Promise<void> {
  const file = path.join(dir, 'big.jsonl');
  const { rows, bytes } = writeBigJsonl(file, { bytes: BIG_MB * 1024 * 1024, rowBytes: 1020 });
  try {
    const result = await measuredImport(file, path.join(dir, 'big.gavel'));
    if (!result.ok) throw new Error(result.error ?? 'the big import failed');
    console.log(
      `${fmt(bytes / 1024 / 1024)} MB JSONL (${fmt(rows)} rows) in its own process: ` +
        `${fmt(rows / result.seconds)} rows/s, peak memory ${fmt(result.peakRssMb)} MB ` +
        `(${fmt(result.rssBeforeMb)} MB before the import; target < ${BIG_PEAK_TARGET_MB} MB: ${verdict(result.peakRssMb < BIG_PEAK_TARGET_MB)})`,
    );
  } finally {
    fs.rmSync(file, { force: true });
  }
}

await main();
