// npm run bench:cli — cold start of the bundled CLI: `gavel datasets --json` against the floor of
// `node -e 0` plus opening the same workspace with better-sqlite3 in a bare process. Medians of 7
// runs each; target: the CLI within 2× of that floor. Exits non-zero when it misses.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// @ts-expect-error — a plain ES module script without type declarations
import { ensureCliBundle } from '../../scripts/cli-bundle.mjs';

const RUNS = 7;
const root = path.resolve(import.meta.dirname, '../..');

function median(command: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    execFileSync(command[0]!, command.slice(1), { cwd: root, stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const bundle = (await ensureCliBundle()) as string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-bench-cli-'));
try {
  const workspace = path.join(dir, 'cold.gavel');
  execFileSync(process.execPath, [bundle, 'import', path.join(root, 'test/fixtures/qa.csv'), '--workspace', workspace]);
  const nodeAlone = median([process.execPath, '-e', '0']);
  const open = `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(workspace)}); d.prepare('SELECT count(*) FROM dataset').get(); d.close();`;
  const bareOpen = median([process.execPath, '-e', open]);
  const cli = median([process.execPath, bundle, 'datasets', '--json', '--workspace', workspace]);
  const ratio = cli / bareOpen;
  console.log(`bench:cli — medians of ${RUNS} cold starts`);
  console.log(`  node -e 0:                        ${nodeAlone.toFixed(0)} ms`);
  console.log(`  node + open the workspace (floor): ${bareOpen.toFixed(0)} ms`);
  console.log(
    `  gavel datasets --json:             ${cli.toFixed(0)} ms = ${ratio.toFixed(2)}× the floor (target ≤ 2: ${ratio <= 2 ? 'ok' : 'MISSED'})`,
  );
  if (ratio > 2) process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
