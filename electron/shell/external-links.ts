// Links leave the app only as web pages in the system browser. Any other scheme (file:, smb:,
// javascript:, another app's custom protocol) could open or run something on this machine, and the
// text that carries links here (model outputs, justifications) is untrusted.

/** The link normalised when it is an http(s) URL with a host, else null. */
export function webUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const web = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  return web ? parsed.href : null;
}

/** Hands a web link to the system browser; returns false (and opens nothing) for anything else. */
export function openExternalLink(url: string, openExternal: (url: string) => Promise<void>): boolean {
  const href = webUrl(url);
  if (href === null) return false;
  // No browser configured is the user's business, not an app error.
  openExternal(href).catch(() => undefined);
  return true;
}
