// The custom protocol maps URLs into the renderer folder and nowhere else, and every page it serves
// carries the strict Content-Security-Policy.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../../electron/server/csp';

type Handler = (request: { url: string }) => Promise<Response>;
const handlers = new Map<string, Handler>();
const fetched: string[] = [];

vi.mock('electron', () => ({
  protocol: { handle: (scheme: string, handler: Handler) => handlers.set(scheme, handler) },
  net: {
    fetch: async (url: string) => {
      fetched.push(url);
      return new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } });
    },
  },
}));
const { APP_SCHEME, resolveAppPath, serveRenderer } = await import('../../../electron/shell/app-protocol');

const root = path.resolve('/app/out/renderer');

/** The policy as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('gavel-app protocol', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'gavel-app://renderer/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'gavel-app://renderer/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'gavel-app://renderer/assets/app.js')).toBe(path.join(root, 'assets/app.js'));
  });

  it('refuses path traversal, encoded or not, and other hosts', () => {
    // The URL parser folds dot segments first, so this one lands inside the root.
    expect(resolveAppPath(root, 'gavel-app://renderer/%2e%2e/%2e%2e/package.json')).toBe(
      path.join(root, 'package.json'),
    );
    expect(resolveAppPath(root, 'gavel-app://renderer/..%2f..%2fpackage.json')).toBeNull();
    expect(resolveAppPath(root, 'gavel-app://renderer/assets/..%2f..%2f..%2fmain%2fmain.js')).toBeNull();
    expect(resolveAppPath(root, 'gavel-app://renderer/..%5c..%5cpackage.json')).toBe(
      process.platform === 'win32' ? null : path.join(root, '..\\..\\package.json'),
    );
    expect(resolveAppPath(root, 'gavel-app://other/index.html')).toBeNull();
  });

  it('answers 404 to a traversal without reading anything, and sends the CSP with every page', async () => {
    serveRenderer(root);
    const handle = handlers.get(APP_SCHEME)!;
    const refused = await handle({ url: 'gavel-app://renderer/..%2f..%2fmain%2fmain.js' });
    expect(refused.status).toBe(404);
    expect(fetched).toEqual([]);

    const page = await handle({ url: 'gavel-app://renderer/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
    expect(fetched).toEqual([`file://${path.join(root, 'index.html').replaceAll(path.sep, '/')}`]);
  });
});

describe('Content-Security-Policy', () => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    fs.readFileSync(path.resolve(__dirname, '../../../renderer/index.html'), 'utf8'),
  )?.[1];

  it.each([
    ['the header the app protocol sends', RENDERER_CSP],
    ['the <meta> in renderer/index.html', meta ?? ''],
  ])('%s allows no eval, no inline or remote scripts, no plugins', (_where, policy) => {
    const policyDirectives = directives(policy);
    expect(policyDirectives.get('default-src')).toEqual(["'self'"]);
    expect(policyDirectives.get('script-src')).toEqual(["'self'"]);
    expect(policyDirectives.get('object-src')).toEqual(["'none'"]);
    expect(policyDirectives.get('base-uri')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
  });
});
