// Every web contents refuses navigation away, new windows and webviews; the session refuses every
// permission. Electron is not needed: the contents and session are fakes with the same methods.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hardenContents, hardenSession } from '../../../electron/shell/security';

type OpenHandler = (details: { url: string }) => { action: string };

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    openHandler: null as OpenHandler | null,
    setWindowOpenHandler(handler: OpenHandler) {
      contents.openHandler = handler;
    },
  });
  return contents;
}

function navigate(contents: EventEmitter, url: string, event = 'will-navigate'): boolean {
  const preventDefault = vi.fn();
  contents.emit(event, { preventDefault }, url);
  return preventDefault.mock.calls.length === 0;
}

const isTrustedUrl = (url: string) => url.startsWith('gavel-app://renderer/');

function hardened() {
  const contents = fakeContents();
  const openExternal = vi.fn(async () => undefined);
  hardenContents(contents as never, { isTrustedUrl, openExternal });
  return { contents, openExternal };
}

describe('web contents hardening', () => {
  it('lets the renderer navigate within itself only', () => {
    const { contents, openExternal } = hardened();
    expect(navigate(contents, 'gavel-app://renderer/index.html')).toBe(true);
    expect(navigate(contents, 'file:///home/user/qa.csv')).toBe(false);
    expect(navigate(contents, 'gavel-app://other/index.html')).toBe(false);
    expect(navigate(contents, 'https://evil.example/phish')).toBe(false);
    // The web link the user clicked opens in the browser instead; the local file does not.
    expect(openExternal.mock.calls).toEqual([['https://evil.example/phish']]);
  });

  it('denies every new window, handing web links to the system browser', () => {
    const { contents, openExternal } = hardened();
    expect(contents.openHandler!({ url: 'https://docs.databricks.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: 'gavel-app://renderer/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://docs.databricks.com/']]);
  });

  it('refuses to attach webviews', () => {
    const { contents } = hardened();
    expect(navigate(contents, 'https://example.com/', 'will-attach-webview')).toBe(false);
  });
});

describe('session hardening', () => {
  it('denies every permission request and check', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    let check: ((contents: unknown, permission: string) => boolean) | null = null;
    hardenSession({
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    } as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
