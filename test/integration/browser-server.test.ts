// Browser mode over real HTTP: Host and Origin checks, calls, uploads and server-sent events.
import fs from 'node:fs';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import type { GavelEvent, ImportSummary } from '../../shared/contract';
import { call, okValue, request, signIn, startServer } from '../helpers/browser-client';
import { fixture } from '../helpers/temp-workspace';

describe('browser mode server', () => {
  it('binds 127.0.0.1 and prints a URL carrying a random token', async () => {
    const { server } = await startServer();
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers a call signed in with the link', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const reply = await call(server, cookie, 'datasets.list', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: [] });
  });

  it('refuses a foreign Origin even when signed in (another site in the same browser)', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const reply = await call(server, cookie, 'datasets.list', {}, { origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toMatch(/Origin "https:\/\/evil\.example"/);
    const same = await call(server, cookie, 'datasets.list', {}, { origin: `http://127.0.0.1:${server.port}` });
    expect(same.status).toBe(200);
  });

  it('refuses a foreign Host (DNS rebinding), for pages, links and calls', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const host = `rebind.example:${server.port}`;
    const reply = await call(server, cookie, 'datasets.list', {}, { host });
    expect(reply.status).toBe(403);
    expect((await request(server.port, { path: '/', headers: { host } })).status).toBe(403);
    const link = await request(server.port, { path: `/?token=${server.token}`, headers: { host } });
    expect(link.status).toBe(403);
    expect(link.headers['set-cookie']).toBeUndefined();
  });

  it('returns INVALID_INPUT as data for bad input', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const reply = await call(server, cookie, 'items.page', { datasetId: -1 });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const notJson = await request(server.port, {
      method: 'POST',
      path: '/api/call/datasets.list',
      headers: { cookie },
      body: '{not json',
    });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves the renderer with its Content-Security-Policy', async () => {
    const { server } = await startServer();
    const page = await request(server.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Gavel</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const outside = await request(server.port, { path: '/../../package.json' });
    expect(outside.status).toBe(404);
  });

  it('imports an uploaded file and streams its progress as events', async () => {
    const { server } = await startServer();
    const cookie = await signIn(server);
    const upload = await request(server.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { cookie, 'x-file-name': encodeURIComponent('qa.csv') },
      body: fs.readFileSync(fixture('qa.csv')),
    });
    const { id } = okValue<{ id: string }>(upload);

    const received: GavelEvent[] = [];
    const stream = http.get(
      { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { cookie } },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          for (const line of chunk.split('\n')) if (line.startsWith('data: ')) received.push(JSON.parse(line.slice(6)));
        });
      },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));

    const reply = await call(server, cookie, 'import.run', { source: { kind: 'upload', id }, jobId: 'job-7' });
    const summary = okValue<ImportSummary>(reply);
    expect(summary).toMatchObject({ dataset: { name: 'qa', items: 6 }, inserted: 6 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.destroy();
    expect(received).toContainEqual(expect.objectContaining({ type: 'import.progress', jobId: 'job-7', rows: 6 }));
    expect(received).toContainEqual({ type: 'workspace.changed' });
  });
});
