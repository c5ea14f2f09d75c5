// Where a provider's requests go: the one address both the proxy choice and the key binding are
// decided for. Unset config fields resolve as the SDKs resolve them (their environment variables,
// then the service's public endpoint).
import type { ProviderConfig } from '../../shared/judging';

type Env = Record<string, string | undefined>;

export const OPENAI_DEFAULT_URL = 'https://api.openai.com/v1';

/** The base URL of a provider's API, or null when the config cannot name one (Azure without an endpoint, heuristics). */
export function providerEndpoint(config: ProviderConfig, env: Env = process.env): string | null {
  switch (config.kind) {
    case 'openai':
    case 'openai-compatible':
      return normalizeUrl(config.baseUrl || env['OPENAI_BASE_URL'] || OPENAI_DEFAULT_URL);
    case 'azure': {
      const endpoint = config.azure?.endpoint || env['AZURE_OPENAI_ENDPOINT'];
      return endpoint ? normalizeUrl(endpoint) : null;
    }
    case 'bedrock':
      return normalizeUrl(config.endpoint || defaultBedrockEndpoint(config, env));
    case 'heuristic':
      return null;
  }
}

/**
 * The endpoint the owner's environment chose for a provider of this kind: what a shared key
 * (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, the AWS chain) may always be sent to.
 */
export function defaultEndpoint(config: ProviderConfig, env: Env = process.env): string | null {
  return providerEndpoint({ ...config, baseUrl: null, azure: null, endpoint: null }, env);
}

function defaultBedrockEndpoint(config: ProviderConfig, env: Env): string {
  const custom = env['AWS_ENDPOINT_URL_BEDROCK_RUNTIME'] || env['AWS_ENDPOINT_URL'];
  if (custom) return custom;
  const region = config.region || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  return region ? `https://bedrock-runtime.${region}.amazonaws.com` : 'https://bedrock-runtime.amazonaws.com';
}

/** Scheme and host lower-cased, default port and trailing slashes dropped: one spelling per address. */
export function normalizeUrl(url: string): string {
  try {
    const parsed = new URL(url.trim());
    return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.trim();
  }
}
