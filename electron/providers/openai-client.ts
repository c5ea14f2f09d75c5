// The `openai` SDK client for an OpenAI, Azure OpenAI or OpenAI-compatible provider. SDK retries are
// off (the runner is the one retry layer). Whatever the config leaves unset is passed as undefined so
// the SDK still reads its own environment variables (OPENAI_BASE_URL, OPENAI_API_KEY,
// AZURE_OPENAI_API_KEY, OPENAI_API_VERSION, AZURE_OPENAI_ENDPOINT).
import OpenAI, { AzureOpenAI, OpenAIError } from 'openai';
import { fetch as undiciFetch } from 'undici';
import type { ProviderConfig } from '../../shared/judging';
import { providerEndpoint } from './endpoint';
import { fetchDispatcherFor } from './proxy';
import { ProviderError } from './types';

export function createOpenAIClient(config: ProviderConfig, apiKey: string | null): OpenAI {
  const common = { maxRetries: 0, timeout: config.limits.timeoutMs, ...proxyOptions(config) };
  try {
    if (config.kind === 'azure') {
      return new AzureOpenAI({
        ...common,
        endpoint: config.azure?.endpoint || undefined,
        apiVersion: config.azure?.apiVersion || undefined,
        deployment: config.azure?.deployment ?? undefined,
        apiKey: apiKey ?? undefined,
        // Not undefined: the SDK would take OPENAI_BASE_URL, meant for OpenAI-compatible servers,
        // and then refuse it next to the endpoint.
        baseURL: null,
      });
    }
    return new OpenAI({ ...common, apiKey: apiKey ?? localServerKey(config), baseURL: config.baseUrl ?? undefined });
  } catch (error) {
    if (!(error instanceof OpenAIError)) throw error;
    const kind = /credentials/i.test(error.message) ? 'auth' : 'invalid';
    throw new ProviderError(kind, `Provider "${config.id}": ${error.message}`, { cause: error });
  }
}

/**
 * Local OpenAI-compatible servers (Ollama, vLLM, LM Studio) take any key, but the SDK refuses to start
 * without one: with no key stored and none in OPENAI_API_KEY, send a placeholder.
 */
function localServerKey(config: ProviderConfig): string | undefined {
  return config.kind === 'openai-compatible' && !process.env['OPENAI_API_KEY'] ? 'no-key' : undefined;
}

/**
 * Through HTTPS_PROXY / HTTP_PROXY when they apply to the provider's address. The dispatcher comes
 * from the undici package, so it goes with that package's fetch (Node's built-in fetch bundles
 * another undici version, whose dispatchers are not interchangeable).
 */
function proxyOptions(
  config: ProviderConfig,
): Pick<ConstructorParameters<typeof OpenAI>[0] & object, 'fetch' | 'fetchOptions'> {
  const endpoint = providerEndpoint(config);
  const dispatcher = endpoint ? fetchDispatcherFor(endpoint) : null;
  if (!dispatcher) return {};
  return { fetch: undiciFetch as unknown as typeof fetch, fetchOptions: { dispatcher } };
}
