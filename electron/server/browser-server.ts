// Browser mode: the same renderer and the same API contract over HTTP from plain Node.
//   GET  /?token=…             a link: keeps its secret in an HttpOnly cookie, then 303 to / without it
//   POST /api/call/<channel>   JSON input → JSON Result, as the link's owner or reviewer
//   POST /api/upload           raw file bytes (X-File-Name) → Result<{id}> (owner only)
//   GET  /api/events           server-sent events (GavelEvent JSON per message)
//   GET  /*                    the built renderer
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { fail } from '../../shared/result';
import { newToken } from '../core/access-handlers';
import type { Caller } from '../core/caller';
import type { Core } from '../core/service';
import type { UploadStore } from '../core/uploads';
import { RENDERER_CSP } from './csp';
import { readBody, sendResult, sendText, statusOf } from './http-replies';
import { createLinkAuth, type LinkAuth } from './link-auth';
import { createGuard, type Guard } from './request-guard';
import { serverPathIn } from './server-paths';
import { handleUpload } from './upload-route';

export interface ServerTimeouts {
  /** A client must have sent all its headers by then (slow-header attacks). */
  headersMs: number;
  /** A whole request, upload bodies included. */
  requestMs: number;
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 20_000, requestMs: 60 * 60_000, keepAliveMs: 5_000 };

export interface BrowserServerOptions {
  core: Core;
  uploads: UploadStore;
  /** The built renderer (out/renderer). */
  staticDir: string;
  host?: string;
  port?: number;
  /** The owner's secret for this run of the server; a random one when not given. */
  token?: string;
  timeouts?: Partial<ServerTimeouts>;
}

export interface BrowserServer {
  /** The owner's link. */
  url: string;
  port: number;
  token: string;
  /** The link that opens browser mode with a given secret (a reviewer's, from access.invite). */
  linkFor(token: string): string;
  close(): Promise<void>;
}

const MAX_JSON_BYTES = 4 * 1024 * 1024;
const LINK_PARAM = 'token';

export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newToken();
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
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
  /** Open event streams and the link secret each was opened with. */
  const streams = new Map<http.ServerResponse, string | undefined>();
  const server = http.createServer({
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // How often Node looks for connections past those timeouts (30 s by default).
    connectionsCheckingInterval: Math.min(1_000, timeouts.headersMs),
  });
  server.keepAliveTimeout = timeouts.keepAliveMs;

  function handleRequest(guard: Guard, auth: LinkAuth, request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const refusal = guard.refuse(request);
    if (refusal) return sendResult(response, 403, fail('FORBIDDEN', refusal));
    if (!url.pathname.startsWith('/api/')) return handlePage(auth, url, request, response);

    if (url.searchParams.has(LINK_PARAM)) {
      return sendResult(
        response,
        400,
        fail(
          'INVALID_INPUT',
          'API calls do not take the link in the address: open the link itself, which signs this browser in.',
        ),
      );
    }
    const caller = auth.callerFor(auth.tokenOf(request));
    if (!caller) {
      return sendResult(
        response,
        401,
        fail(
          'UNAUTHENTICATED',
          'Not signed in, or your link was revoked: open the link you were given for this workspace.',
        ),
      );
    }
    if (request.method === 'GET' && url.pathname === '/api/events')
      return openEventStream(response, auth.tokenOf(request));
    if (request.method !== 'POST') return sendResult(response, 405, fail('INVALID_INPUT', 'Use POST for API calls.'));
    if (url.pathname === '/api/upload') {
      if (caller.role !== 'owner') {
        return sendResult(response, 403, fail('FORBIDDEN', 'Only the workspace owner can upload files.'));
      }
      return void handleUpload(uploads, request, response);
    }
    if (url.pathname.startsWith('/api/call/')) {
      return void handleCall(decodeURIComponent(url.pathname.slice('/api/call/'.length)), caller, request, response);
    }
    sendResult(response, 404, fail('UNKNOWN_CHANNEL', `No API route ${url.pathname}.`));
  }

  /** A link's first load signs the browser in and sends it on to the same page without the secret. */
  function handlePage(auth: LinkAuth, url: URL, request: http.IncomingMessage, response: http.ServerResponse) {
    const secret = url.searchParams.get(LINK_PARAM);
    if (secret === null) return assets(request, response, () => sendText(response, 404, 'Not found'));
    if (!auth.callerFor(secret)) {
      return sendText(
        response,
        403,
        'This link is not valid: it was revoked, or it belongs to another server. Ask the workspace owner for a new one.',
      );
    }
    url.searchParams.delete(LINK_PARAM);
    response.writeHead(303, {
      Location: url.pathname + url.search + url.hash,
      'Set-Cookie': auth.cookieFor(secret),
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    });
    response.end();
  }

  async function handleCall(
    channel: string,
    caller: Caller,
    request: http.IncomingMessage,
    response: http.ServerResponse,
  ) {
    let input: unknown;
    try {
      input = JSON.parse((await readBody(request, MAX_JSON_BYTES)) || '{}');
    } catch (error) {
      return sendResult(response, 400, fail('INVALID_INPUT', `Request body is not JSON: ${(error as Error).message}`));
    }
    const named = serverPathIn(input);
    if (named) {
      return sendResult(
        response,
        403,
        fail(
          'FORBIDDEN',
          `${channel} names a file on the server (${named}); in browser mode files are uploaded from the page instead.`,
        ),
      );
    }
    const result = await core.callChannel(channel, input, caller);
    sendResult(response, result.ok ? 200 : statusOf(result.error.code), result);
  }

  function openEventStream(response: http.ServerResponse, secret: string | undefined) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // A stream ended (its link revoked) closes a moment later: nothing is written to it meanwhile.
    const send = (text: string) => void (response.writableEnded || response.write(text));
    send(': connected\n\n');
    streams.set(response, secret);
    // A reviewer hears that the workspace changed, not the owner's runs, imports or menu commands.
    const forReviewer = auth.callerFor(secret)?.role === 'reviewer';
    const unsubscribe = core.subscribe((event) => {
      if (forReviewer && event.type !== 'workspace.changed' && event.type !== 'access.changed') return;
      send(`data: ${JSON.stringify(event)}\n\n`);
    });
    const heartbeat = setInterval(() => send(': heartbeat\n\n'), 15_000);
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
  // Requests are taken only once listening: the Host check and the cookie's name need the port the OS chose.
  const guard = createGuard(host, port);
  const auth = createLinkAuth(token, core.workspace.reader, port);
  server.on('request', (request, response) => handleRequest(guard, auth, request, response));
  // A revoked link stops receiving events at once, not only at its next call.
  const unsubscribeAccess = core.subscribe((event) => {
    if (event.type !== 'access.changed') return;
    for (const [stream, secret] of streams) if (!auth.callerFor(secret)) stream.end();
  });
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const linkFor = (secret: string) => `http://${shownHost}:${port}/?${LINK_PARAM}=${secret}`;

  return {
    url: linkFor(token),
    port,
    token,
    linkFor,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribeAccess();
        for (const stream of streams.keys()) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
