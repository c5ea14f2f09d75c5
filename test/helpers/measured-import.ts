// Imports one file into a workspace in a process of its own and prints, as JSON, what happened and
// the process's peak memory (VmHWM): what big-file tests and bench:import measure.
//   node --import tsx test/helpers/measured-import.ts <file> <workspace>
import fs from 'node:fs';
import { openCore } from '../../electron/core/open-core';
import type { ImportSummary } from '../../shared/contract';

export interface MeasuredImport {
  ok: boolean;
  rows: number;
  error: string | null;
  seconds: number;
  /** Resident memory once the workspace is open, before the import. */
  rssBeforeMb: number;
  /** Peak resident memory of the process (VmHWM). */
  peakRssMb: number;
}

const peakRssMb = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;

const [file, workspacePath] = process.argv.slice(2);
const core = await openCore({ workspacePath: workspacePath! });
const rssBeforeMb = process.memoryUsage().rss / 1024 / 1024;
const start = performance.now();
const result = await core.call('import.run', { source: { kind: 'path', path: file! } });
const seconds = (performance.now() - start) / 1000;
await core.close();
const report: MeasuredImport = {
  ok: result.ok,
  rows: result.ok ? (result.value as ImportSummary).rows : 0,
  error: result.ok ? null : result.error.message,
  seconds,
  rssBeforeMb,
  peakRssMb: peakRssMb(),
};
console.log(JSON.stringify(report));
