// Writes large JSONL files without holding them in memory, for big-file tests and bench:import.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { MeasuredImport } from './measured-import';

const WORDS = 'the claim deductible plan covers network provider visit annual limit policy benefit member'.split(' ');

function text(seed: number, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += `${WORDS[(seed * 7 + i * 13) % WORDS.length]} `;
  return out.slice(0, length);
}

export interface BigJsonl {
  rows: number;
  bytes: number;
}

/**
 * Writes rows of about `rowBytes` bytes until the file holds `bytes` or `rows` rows; `lastLine`,
 * when given, is written as the file's final line (e.g. a broken one).
 */
export function writeBigJsonl(
  file: string,
  options: { bytes?: number; rows?: number; rowBytes: number; lastLine?: string },
): BigJsonl {
  const maxBytes = options.bytes ?? Infinity;
  const maxRows = options.rows ?? Infinity;
  const out = fs.openSync(file, 'w');
  const answerLength = Math.max(10, options.rowBytes - 500);
  let chunk = '';
  let written = 0;
  let rows = 0;
  try {
    while (written + chunk.length < maxBytes && rows < maxRows) {
      chunk += `${JSON.stringify({
        id: `row-${rows}`,
        question: text(rows, 180),
        answer: text(rows + 1, answerLength),
        expected_answer: text(rows + 2, 200),
        category: WORDS[rows % WORDS.length],
      })}\n`;
      rows++;
      if (chunk.length > 1 << 20) {
        fs.writeSync(out, chunk);
        written += chunk.length;
        chunk = '';
      }
    }
    if (options.lastLine !== undefined) chunk += `${options.lastLine}\n`;
    fs.writeSync(out, chunk);
  } finally {
    fs.closeSync(out);
  }
  return { rows, bytes: fs.statSync(file).size };
}

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Imports the file into the workspace in a child process, measuring its peak memory. */
export async function measuredImport(file: string, workspace: string): Promise<MeasuredImport> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'test/helpers/measured-import.ts'), file, workspace],
    { cwd: root, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as MeasuredImport;
}
