// Browser mode: the same renderer and the same API contract over HTTP from plain Node.
//   POST /api/call/<channel>   JSON input → JSON Result
//   POST /api/upload           raw file bytes (X-File-Name) → Result<{id}>
//   GET  /api/events           server-sent events (GavelEvent JSON per message)
//   GET  /*                    the built renderer
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import type { Core } from '../core/service';
import type { UploadStore } from '../core/uploads';
import { createGuard, type Guard } from './request-guard';
import { RENDERER_CSP } from './csp';

export interface BrowserServerOptions {
  core: Core;
  uploads: UploadStore;
  /** The built renderer (out/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const MAX_JSON_BYTES = 4 * 1024 * 1024;

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const { core, uploads } = options;
  const assets = sirv(options.staticDir, {
    etag: true,
    dev: false,
    setHeaders(response) {
      response.setHeader('Content-Security-Policy', RENDERER_CSP);
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  const streams = new Set<http.ServerResponse>();
  const server = http.createServer();

  function handleRequest(guard: Guard, request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const isApi = url.pathname.startsWith('/api/');
    const refusal = guard.refuse(request, url, { needsToken: isApi });
    if (refusal) return sendResult(response, 403, fail('FORBIDDEN', refusal));
    if (!isApi) return assets(request, response, () => sendText(response, 404, 'Not found'));

    if (request.method === 'GET' && url.pathname === '/api/events') return openEventStream(response);
    if (request.method !== 'POST') return sendResult(response, 405, fail('INVALID_INPUT', 'Use POST for API calls.'));
    if (url.pathname === '/api/upload') return void handleUpload(request, response);
    if (url.pathname.startsWith('/api/call/')) {
      return void handleCall(decodeURIComponent(url.pathname.slice('/api/call/'.length)), request, response);
    }
    sendResult(response, 404, fail('UNKNOWN_CHANNEL', `No API route ${url.pathname}.`));
  }

  async function handleCall(channel: string, request: http.IncomingMessage, response: http.ServerResponse) {
    let input: unknown;
    try {
      input = JSON.parse((await readBody(request, MAX_JSON_BYTES)) || '{}');
    } catch (error) {
      return sendResult(response, 400, fail('INVALID_INPUT', `Request body is not JSON: ${(error as Error).message}`));
    }
    const result = await core.call(channel, input);
    sendResult(response, result.ok ? 200 : statusOf(result.error.code), result);
  }

  async function handleUpload(request: http.IncomingMessage, response: http.ServerResponse) {
    const name = request.headers['x-file-name'];
    if (typeof name !== 'string' || name.length === 0) {
      return sendResult(response, 400, fail('INVALID_INPUT', 'Upload needs an X-File-Name header.'));
    }
    try {
      const id = await uploads.save(decodeURIComponent(name), request);
      sendResult(response, 200, ok({ id }));
    } catch (error) {
      sendResult(response, 500, fail('INTERNAL', `Upload failed: ${(error as Error).message}`));
    }
  }

  function openEventStream(response: http.ServerResponse) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const unsubscribe = core.subscribe((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
    const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), 15_000);
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Requests are taken only once listening: the Host check needs the port the OS chose.
  const guard = createGuard(token, host, port);
  server.on('request', (request, response) => handleRequest(guard, request, response));
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shownHost}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function statusOf(code: string): number {
  switch (code) {
    case 'INVALID_INPUT':
    case 'IMPORT_REJECTED':
      return 400;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
    case 'UNKNOWN_CHANNEL':
      return 404;
    default:
      return 500;
  }
}

function sendResult(response: http.ServerResponse, status: number, result: Result<unknown>) {
  const body = JSON.stringify(result);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendText(response: http.ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function readBody(request: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error(`body larger than ${limit} bytes`));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
