// Browser mode is opened at `/?token=…`. The token is kept for this tab only (sessionStorage, so a
// reload still works) and removed from the address bar so it doesn't end up in history or screenshots.
const TOKEN_PARAM = 'token';
const STORAGE_KEY = 'gavel.token';

export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get(TOKEN_PARAM);
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete(TOKEN_PARAM);
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
