// gavel check: is the workspace sound, and did anything get left behind (runs, uploads)?
import path from 'node:path';
import type { Command } from 'commander';
import { leftoverUploads, type UploadFolder } from '../../core/leftover-uploads';
import { checkWorkspaceFile, type WorkspaceHealth } from '../../db/workspace-check';
import type { GlobalOptions } from '../program';
import { workspacePathFor } from '../workspace-option';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'check the workspace: SQLite integrity, schema version, runs left running and leftover browser-mode uploads (exits 1 when the file is damaged)',
    )
    .action((_options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const health = checkWorkspaceFile(path.resolve(workspacePathFor(globals)));
      const uploads = leftoverUploads();
      if (globals.json) console.log(JSON.stringify({ ...health, ok: health.integrityProblems.length === 0, uploads }));
      else console.log(report(health, uploads));
      if (health.integrityProblems.length > 0) process.exitCode = 1;
    });
}

function report(health: WorkspaceHealth, uploads: UploadFolder[]): string {
  const lines = [`Workspace: ${health.path}`];
  const newer = health.schemaVersion > health.newestSchemaVersion ? ' (newer than this Gavel: update it)' : '';
  lines.push(`Schema version: ${health.schemaVersion} (this Gavel writes ${health.newestSchemaVersion})${newer}`);
  lines.push(
    health.integrityProblems.length === 0
      ? 'Integrity: ok'
      : `Integrity: DAMAGED (${health.integrityProblems.slice(0, 5).join('; ')}). Restore it from a backup.`,
  );
  if (health.runningRuns.length === 0) lines.push('Runs left running: none');
  else {
    lines.push(
      `Runs left running: ${health.runningRuns.length}, possibly interrupted (resume them with \`gavel resume <id>\`):`,
    );
    for (const run of health.runningRuns) {
      lines.push(`  #${run.id} ${run.name} on ${run.dataset}, started ${run.startedAt ?? 'never'}`);
    }
  }
  if (uploads.length === 0) lines.push('Uploads left over: none');
  else {
    lines.push(`Uploads left over by browser-mode servers that crashed or were killed: ${uploads.length}`);
    for (const folder of uploads) {
      lines.push(
        `  ${folder.path}: ${folder.files} file${folder.files === 1 ? '' : 's'}, ${megabytes(folder.bytes)}, last changed ${folder.modifiedAt}`,
      );
    }
  }
  return lines.join('\n');
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
