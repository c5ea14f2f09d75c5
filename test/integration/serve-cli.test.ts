// `gavel serve` as a user runs it: a real process printing the owner's and reviewers' links, and
// refusing what it cannot do with a message and a non-zero exit.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { AccessView } from '../../shared/contract';
import { tempDir } from '../helpers/temp-workspace';

const run = promisify(execFile);
const root = path.resolve(__dirname, '../..');

/** A renderer stand-in, so serve runs without a build. */
function rendererStandIn(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Gavel</title>');
  return dir;
}

const cliArgs = (args: string[]) => ['--import', 'tsx', 'electron/cli/main.ts', ...args];
const env = () => ({ ...process.env, GAVEL_RENDERER_DIR: rendererStandIn(), TMPDIR: tempDir() });

interface Printed {
  url: string;
  workspace: string;
  reviewers: { reviewer: string; url: string }[];
}

async function serve(args: string[]): Promise<Printed> {
  const child = spawn(process.execPath, cliArgs(['serve', '--port', '0', '--json', ...args]), {
    cwd: root,
    env: env(),
  });
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return JSON.parse(line) as Printed;
}

async function whoIs(link: string): Promise<AccessView> {
  const opened = await fetch(link, { redirect: 'manual' });
  const cookie = opened.headers.getSetCookie()[0]!.split(';')[0]!;
  const reply = await fetch(new URL('/api/call/access.me', link), { method: 'POST', headers: { cookie }, body: '{}' });
  return ((await reply.json()) as { value: AccessView }).value;
}

describe('gavel serve', () => {
  it('prints the owner link and one link per reviewer, each signing in as its role', async () => {
    const workspace = path.join(tempDir(), 'team.gavel');
    const printed = await serve(['--workspace', workspace, '--reviewers', 'ana, ben']);
    expect(printed.reviewers.map((r) => r.reviewer)).toEqual(['ana', 'ben']);
    expect((await whoIs(printed.url)).role).toBe('owner');
    expect(await whoIs(printed.reviewers[0]!.url)).toMatchObject({ role: 'reviewer', reviewer: 'ana' });
    expect(await whoIs(printed.reviewers[1]!.url)).toMatchObject({ role: 'reviewer', reviewer: 'ben' });
  });

  it('gavel links revoke, run as another process while serve runs, ends the link at once', async () => {
    const workspace = path.join(tempDir(), 'team.gavel');
    const printed = await serve(['--workspace', workspace, '--reviewers', 'ana']);
    const link = printed.reviewers[0]!.url;
    const opened = await fetch(link, { redirect: 'manual' });
    const cookie = opened.headers.getSetCookie()[0]!.split(';')[0]!;
    const listed = await run(process.execPath, cliArgs(['links', 'list', '--workspace', workspace, '--json']), {
      cwd: root,
    });
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ reviewer: 'ana' })]);

    const revoked = await run(process.execPath, cliArgs(['links', 'revoke', 'ana', '--workspace', workspace]), {
      cwd: root,
    });
    expect(revoked.stdout).toContain("Revoked ana's link.");
    const refused = await fetch(new URL('/api/call/access.me', link), {
      method: 'POST',
      headers: { cookie },
      body: '{}',
    });
    expect(refused.status).toBe(401);
    const again = await run(process.execPath, cliArgs(['links', 'revoke', 'ana', '--workspace', workspace]), {
      cwd: root,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('gavel: ana has no live link to revoke.');
  });

  it('exits non-zero, naming the session, when --share names one that does not exist', async () => {
    const workspace = path.join(tempDir(), 'team.gavel');
    const failed = await run(
      process.execPath,
      cliArgs(['serve', '--workspace', workspace, '--reviewers', 'ana', '--share', '99']),
      { cwd: root, env: env() },
    ).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('gavel: No session with id 99.');
  });

  it('refuses a --max-upload-mb that is not a positive number', async () => {
    const failed = await run(process.execPath, cliArgs(['serve', '--max-upload-mb', 'lots']), {
      cwd: root,
      env: env(),
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain('--max-upload-mb lots: expected a positive number');
  });
});
