// proxy-from-env ships no type declarations; this is its one export.
declare module 'proxy-from-env' {
  /** The proxy URL for `url` from HTTP(S)_PROXY / NO_PROXY, or '' to connect directly. */
  export function getProxyForUrl(url: string | URL): string;
}
