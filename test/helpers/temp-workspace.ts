// A real workspace file in a fresh temp folder, removed after the test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import type { Core, CoreDeps } from '../../electron/core/service';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close().catch(() => undefined)));
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-test-'));
  dirs.push(dir);
  return dir;
}

export async function tempCore(options: Omit<CoreDeps, 'workspace'> & { seedSample?: boolean } = {}): Promise<Core> {
  const core = await openCore({ workspacePath: path.join(tempDir(), 'test.gavel'), ...options });
  cores.push(core);
  return core;
}

export const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);

/** Unwraps an ok Result or fails the test with the error it carries. */
export { value } from './result-value';

export { memoryKeys } from './memory-keys';
