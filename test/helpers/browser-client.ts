// Browser mode over real HTTP for tests: a server on a temp workspace, raw requests (so tests can
// forge headers as an attacker would), and signing in with a link the way a browser does.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { createUploadStore, type UploadStoreOptions } from '../../electron/core/uploads';
import type { Core } from '../../electron/core/service';
import { startBrowserServer, type BrowserServer, type ServerTimeouts } from '../../electron/server/browser-server';
import { tempCore, tempDir } from './temp-workspace';

export interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export async function startServer(
  options: {
    core?: Core;
    seedSample?: boolean;
    uploads?: UploadStoreOptions;
    timeouts?: Partial<ServerTimeouts>;
    port?: number;
  } = {},
): Promise<{ server: BrowserServer; core: Core; uploadRoot: string }> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gavel</title>');
  const uploadRoot = options.uploads?.root ?? tempDir();
  const uploads = createUploadStore({ ...options.uploads, root: uploadRoot });
  const core = options.core ?? (await tempCore({ uploads, seedSample: options.seedSample }));
  const server = await startBrowserServer({ core, uploads, staticDir, timeouts: options.timeouts, port: options.port });
  onTestFinished(() => server.close());
  return { server, core, uploadRoot };
}

export function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens a link as a browser would and returns the cookie it set (`name=value`). */
export async function signIn(server: BrowserServer, link: string = server.url): Promise<string> {
  const url = new URL(link);
  const reply = await request(server.port, { path: url.pathname + url.search });
  if (reply.status !== 303) throw new Error(`signing in answered ${reply.status}: ${reply.body}`);
  return reply.headers['set-cookie']![0]!.split(';')[0]!;
}

export const call = (
  server: BrowserServer,
  cookie: string,
  channel: string,
  input: unknown,
  headers: Record<string, string> = {},
) =>
  request(server.port, {
    method: 'POST',
    path: `/api/call/${channel}`,
    headers: { cookie, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

/** The value of an ok reply; fails the test with the reply otherwise. */
export function okValue<T>(reply: Reply): T {
  const result = JSON.parse(reply.body) as { ok: boolean; value?: T };
  if (reply.status !== 200 || !result.ok) throw new Error(`HTTP ${reply.status}: ${reply.body}`);
  return result.value as T;
}
