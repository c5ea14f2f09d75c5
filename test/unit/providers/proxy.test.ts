// Which proxy a provider's address goes through, from the standard environment variables.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearProxyEnv } from '../../helpers/proxy-env';
import { fetchDispatcherFor, nodeAgentFor, proxyFor } from '../../../electron/providers/proxy';

beforeEach(() => {
  clearProxyEnv();
});
afterEach(() => vi.unstubAllEnvs());

describe('proxyFor', () => {
  it('uses HTTPS_PROXY for https:// addresses and HTTP_PROXY for http:// ones', () => {
    vi.stubEnv('HTTPS_PROXY', 'http://secure-proxy:3128');
    vi.stubEnv('HTTP_PROXY', 'http://plain-proxy:3128');
    expect(proxyFor('https://api.openai.com/v1')).toBe('http://secure-proxy:3128');
    expect(proxyFor('https://bedrock-runtime.eu-west-1.amazonaws.com')).toBe('http://secure-proxy:3128');
    expect(proxyFor('http://gateway.internal:8080/v1')).toBe('http://plain-proxy:3128');
  });

  it('reads the lower-case spellings too', () => {
    vi.stubEnv('https_proxy', 'http://lower:3128');
    expect(proxyFor('https://api.openai.com/v1')).toBe('http://lower:3128');
  });

  it('goes direct for hosts NO_PROXY names, and when no proxy is set', () => {
    expect(proxyFor('https://api.openai.com/v1')).toBeNull();
    vi.stubEnv('HTTPS_PROXY', 'http://secure-proxy:3128');
    vi.stubEnv('NO_PROXY', '.amazonaws.com,localhost');
    expect(proxyFor('https://bedrock-runtime.us-east-1.amazonaws.com')).toBeNull();
    expect(proxyFor('https://localhost:8443/v1')).toBeNull();
    expect(proxyFor('https://api.openai.com/v1')).toBe('http://secure-proxy:3128');
  });

  it('builds an agent for each SDK only when a proxy applies', () => {
    expect(fetchDispatcherFor('https://api.openai.com/v1')).toBeNull();
    expect(nodeAgentFor('https://api.openai.com/v1')).toBeNull();
    vi.stubEnv('HTTPS_PROXY', 'http://secure-proxy:3128');
    expect(fetchDispatcherFor('https://api.openai.com/v1')).not.toBeNull();
    expect(nodeAgentFor('https://api.openai.com/v1')?.proxy.host).toBe('secure-proxy:3128');
  });
});
