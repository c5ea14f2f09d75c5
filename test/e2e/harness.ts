// End-to-end harness: the built CLI serving browser mode in its own process, driven by Debian's
// Chromium through playwright-core, as a user would use it.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags for a machine without internet (see CONTRIBUTING.md): no background connections, no sandbox as root.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Served {
  url: string;
  /** Reviewers' links printed by `--reviewers`. */
  reviewers: { reviewer: string; url: string }[];
  workspace: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function tempWorkspace(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-e2e-')), 'e2e.gavel');
}

/**
 * Starts `gavel serve` from the build (out/main/cli.js) and waits for the URL it prints. With
 * `defaultWorkspace`, no --workspace is given: the app-data default (with its sample dataset) is
 * created under a temporary XDG_CONFIG_HOME, as on a first start.
 */
export async function serve(
  workspace = tempWorkspace(),
  options: { env?: Record<string, string>; defaultWorkspace?: boolean; args?: string[] } = {},
): Promise<Served> {
  const args = ['out/main/cli.js', 'serve', '--port', '0', '--json', ...(options.args ?? [])];
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.GAVEL_WORKSPACE;
  if (options.defaultWorkspace) env.XDG_CONFIG_HOME = path.dirname(workspace);
  else args.push('--workspace', workspace);
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`gavel serve exited with ${code}: ${stderr}`)));
  });
  const {
    url,
    workspace: opened,
    reviewers,
  } = JSON.parse(firstLine) as Pick<Served, 'url' | 'workspace' | 'reviewers'>;
  return {
    url,
    reviewers,
    workspace: opened,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

export const fixture = (name: string) => path.join(root, 'test/fixtures', name);

/** Signs in with a link as a browser does, and returns the cookie it set. */
export async function signIn(link: string): Promise<string> {
  const response = await fetch(link, { redirect: 'manual' });
  const cookie = response.headers.getSetCookie()[0];
  if (response.status !== 303 || !cookie) throw new Error(`opening ${link} answered ${response.status}`);
  return cookie.split(';')[0]!;
}

/** Calls the server's API as the page does (signed in with a link, the owner's by default). */
export async function callApi<T>(server: Served, channel: string, input: unknown, link = server.url): Promise<T> {
  const response = await fetch(new URL(`/api/call/${channel}`, new URL(server.url).origin), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: await signIn(link) },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** Opens Review with the keyboard and names the reviewer, as on first use of a page. */
export async function enterReviewAs(page: Page, reviewer: string): Promise<void> {
  await page.getByTestId('nav-review').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('reviewer-setup').waitFor();
  await page.keyboard.type(reviewer);
  await page.keyboard.press('Enter');
}

/** An OpenAI-compatible provider pointing at a fake server, as `providers.save` takes it. */
export const fakeProvider = (id: string, baseUrl: string) => ({
  id,
  kind: 'openai-compatible',
  baseUrl,
  azure: null,
  region: null,
  profile: null,
  endpoint: null,
  limits: { concurrency: 4, rpm: null, tpm: null, timeoutMs: 30_000, maxRetries: 0 },
});
