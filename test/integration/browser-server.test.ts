// Browser mode over real HTTP: token, Host and Origin checks, calls, uploads and server-sent events.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GavelEvent, ImportSummary } from '../../shared/contract';
import { createUploadStore } from '../../electron/core/uploads';
import { startBrowserServer, type BrowserServer } from '../../electron/server/browser-server';
import { fixture, tempCore, tempDir } from '../helpers/temp-workspace';

let server: BrowserServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gavel</title>');
  const uploads = createUploadStore();
  const core = await tempCore({ uploads });
  server = await startBrowserServer({ core, uploads, staticDir });
  return server;
}

interface Reply {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw request, so tests can forge Host and Origin headers as an attacker's page would. */
function request(
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

const call = (s: BrowserServer, channel: string, input: unknown, headers: Record<string, string> = {}) =>
  request(s.port, {
    method: 'POST',
    path: `/api/call/${channel}`,
    headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

describe('browser mode server', () => {
  it('binds 127.0.0.1 and prints a URL carrying a random token', async () => {
    const s = await start();
    expect(s.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${s.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers a call with the token', async () => {
    const s = await start();
    const reply = await call(s, 'datasets.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses calls without the token, or with a wrong one', async () => {
    const s = await start();
    const none = await request(s.port, { method: 'POST', path: '/api/call/datasets.list', body: '{}' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await call(s, 'datasets.list', {}, { authorization: 'Bearer not-the-token' });
    expect(wrong.status).toBe(403);
    const events = await request(s.port, { path: '/api/events?token=nope' });
    expect(events.status).toBe(403);
  });

  it('refuses a foreign Origin even with the token (another site in the same browser)', async () => {
    const s = await start();
    const reply = await call(s, 'datasets.list', {}, { origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toMatch(/Origin "https:\/\/evil\.example"/);
    const same = await call(s, 'datasets.list', {}, { origin: `http://127.0.0.1:${s.port}` });
    expect(same.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding), for pages as well as calls', async () => {
    const s = await start();
    const reply = await call(s, 'datasets.list', {}, { host: `rebind.example:${s.port}` });
    expect(reply.status).toBe(403);
    const page = await request(s.port, { path: '/', headers: { host: `rebind.example:${s.port}` } });
    expect(page.status).toBe(403);
  });

  it('returns INVALID_INPUT as data for bad input', async () => {
    const s = await start();
    const reply = await call(s, 'items.page', { datasetId: -1 });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notJson = await request(s.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { authorization: `Bearer ${s.token}` },
      body: '{not json',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the renderer with its Content-Security-Policy', async () => {
    const s = await start();
    const page = await request(s.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Gavel</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const outside = await request(s.port, { path: '/../../package.json' });
    expect(outside.status).toBe(404);
  });

  it('never opens server paths for the browser: imports go through uploads', async () => {
    const s = await start();
    const upload = await request(s.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { authorization: `Bearer ${s.token}`, 'x-file-name': encodeURIComponent('qa.csv') },
      body: fs.readFileSync(fixture('qa.csv')),
    });
    const { id } = JSON.parse(upload.body).value as { id: string };

    const received: GavelEvent[] = [];
    const stream = http.get({ host: '127.0.0.1', port: s.port, path: `/api/events?token=${s.token}` }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) if (line.startsWith('data: ')) received.push(JSON.parse(line.slice(6)));
      });
    });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const reply = await call(s, 'import.run', { source: { kind: 'upload', id }, jobId: 'job-7' });
    const summary = JSON.parse(reply.body).value as ImportSummary;
    expect(summary).toMatchObject({ dataset: { name: 'qa', items: 6 }, inserted: 6 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();
    expect(received).toContainEqual(expect.objectContaining({ type: 'import.progress', jobId: 'job-7', rows: 6 }));
    expect(received).toContainEqual({ type: 'workspace.changed' });
  });
});
