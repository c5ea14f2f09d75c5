// Corporate proxies: which proxy (if any) a provider's requests go through, from the standard
// HTTPS_PROXY / HTTP_PROXY / NO_PROXY variables, decided the same way for every provider.
import { HttpsProxyAgent } from 'https-proxy-agent';
import { getProxyForUrl } from 'proxy-from-env';
import { ProxyAgent } from 'undici';

/**
 * The proxy URL for requests to `target` (HTTPS_PROXY for https:, HTTP_PROXY for http:, none when
 * NO_PROXY matches the host), or null to connect directly.
 */
export function proxyFor(target: string): string | null {
  return getProxyForUrl(target) || null;
}

/** An undici dispatcher tunnelling through the proxy for `target`, for the openai SDK's fetch; null when direct. */
export function fetchDispatcherFor(target: string): ProxyAgent | null {
  const proxy = proxyFor(target);
  return proxy ? new ProxyAgent(proxy) : null;
}

/** A Node agent tunnelling (CONNECT) through the proxy for `target`, for the AWS SDK's HTTP/1.1 handler; null when direct. */
export function nodeAgentFor(target: string): HttpsProxyAgent<string> | null {
  const proxy = proxyFor(target);
  return proxy ? new HttpsProxyAgent(proxy) : null;
}
