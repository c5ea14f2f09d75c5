// Ollama detection against a tiny /api/tags server, a closed port and a server that never answers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { detectOllama } from '../../../electron/providers/ollama';
import { closedPort } from './helpers';

const servers: http.Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function serve(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('detectOllama', () => {
  it('lists the pulled models', async () => {
    const url = await serve((req, res) => {
      if (req.url !== '/api/tags') return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ models: [{ name: 'llama3.2:latest', size: 1 }, { name: 'qwen2.5:7b' }] }));
    });
    expect(await detectOllama(fetch, `${url}/`)).toEqual({
      available: true,
      models: ['llama3.2:latest', 'qwen2.5:7b'],
    });
  });

  it('is unavailable on a closed port', async () => {
    expect(await detectOllama(fetch, `http://127.0.0.1:${await closedPort()}`)).toEqual({
      available: false,
      models: [],
    });
  });

  it('gives up on a server that never answers within a second', async () => {
    const url = await serve(() => undefined);
    const started = Date.now();
    expect(await detectOllama(fetch, url)).toEqual({ available: false, models: [] });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('is unavailable when something else answers', async () => {
    const url = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>'));
    expect((await detectOllama(fetch, url)).available).toBe(false);
  });

  it('never throws, whatever fetch does', async () => {
    const failing = (() => Promise.reject(new TypeError('fetch failed'))) as typeof fetch;
    expect(await detectOllama(failing)).toEqual({ available: false, models: [] });
  });
});
