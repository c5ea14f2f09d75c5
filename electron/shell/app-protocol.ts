// The renderer is served from gavel-app://renderer/ instead of file://, so the CSP and the sender
// check have a fixed origin, and nothing outside the renderer folder can be read.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { RENDERER_CSP } from '../server/csp';

export const APP_SCHEME = 'gavel-app';
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Maps a gavel-app URL to a file inside `root`, or null for anything that would leave it. */
export function resolveAppPath(root: string, url: string): string | null {
  const { host, pathname } = new URL(url);
  if (host !== 'renderer') return null;
  const relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  const resolved = path.resolve(root, `.${relative}`);
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : null;
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    return new Response(response.body, { status: response.status, headers });
  });
}
