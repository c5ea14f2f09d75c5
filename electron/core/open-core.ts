// Opens a workspace and builds the core on it; the default workspace gets the sample dataset the
// first time it is created, so a newcomer has verdicts to review without any key.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace } from '../db/open-workspace';
import { createCore, type Core, type CoreDeps } from './service';

export const SAMPLE_DATASET_NAME = 'Sample: Northwind Health benefits assistant';

export interface OpenCoreOptions extends Omit<CoreDeps, 'workspace'> {
  workspacePath: string;
  /** Seed the sample dataset when this open creates the file. */
  seedSample?: boolean;
  nativeBinding?: string;
}

export async function openCore(options: OpenCoreOptions): Promise<Core> {
  const workspace = openWorkspace(options.workspacePath, { nativeBinding: options.nativeBinding });
  const core = createCore({ ...options, workspace });
  // A run whose process died (killed, crashed) shows as interrupted from now on, resumable here.
  await core.runner.takeOverDeadLeases();
  if (workspace.created && options.seedSample) await seedSample(core);
  return core;
}

async function seedSample(core: Core): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-sample-'));
  const file = path.join(dir, 'northwind-eval_results.json');
  try {
    // Loaded only when the sample is seeded, once per workspace: not parsed at every start.
    const { default: sample } = await import('../sample/sample-eval-results.json');
    fs.writeFileSync(file, JSON.stringify(sample));
    const result = await core.call('import.run', {
      source: { kind: 'path', path: file },
      format: 'databricks',
      dataset: { name: SAMPLE_DATASET_NAME },
    });
    if (!result.ok) throw new Error(`Could not load the sample dataset: ${result.error.message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
