// Links leave the app only as http(s) pages in the system browser.
import { describe, expect, it, vi } from 'vitest';
import { openExternalLink, webUrl } from '../../../electron/shell/external-links';

describe('external links', () => {
  it('opens http and https links in the system browser', () => {
    const openExternal = vi.fn(async () => undefined);
    expect(openExternalLink('https://mlflow.org/docs', openExternal)).toBe(true);
    expect(openExternalLink('http://localhost:5000/#/experiments', openExternal)).toBe(true);
    expect(openExternal.mock.calls).toEqual([['https://mlflow.org/docs'], ['http://localhost:5000/#/experiments']]);
  });

  it('refuses every other scheme, and text that is no URL', () => {
    const openExternal = vi.fn(async () => undefined);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'vscode://file/tmp/x',
      'ms-msdt:/id PCWDiagnostic',
      'data:text/html,<script>alert(1)</script>',
      'gavel-app://renderer/index.html',
      'https:',
      'not a url',
      '',
    ]) {
      expect(openExternalLink(url, openExternal)).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('hands the browser the parsed URL, not the raw text', () => {
    expect(webUrl('  HTTPS://Example.COM/a b ')).toBe('https://example.com/a%20b');
  });

  it('does not fail when no browser is configured', async () => {
    const openExternal = vi.fn(async () => Promise.reject(new Error('no handler')));
    expect(openExternalLink('https://example.com/', openExternal)).toBe(true);
    await Promise.resolve();
  });
});
