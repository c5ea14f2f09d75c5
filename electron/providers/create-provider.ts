// The Provider for a config: the SDK client built from it, with the key it may send to its endpoint.
// The SDKs (and their proxy agents) load on first use: a CLI command that calls no model never
// pays their start-up.
import type { ProviderConfig } from '../../shared/judging';
import { memoryBindings, type KeyBindings } from './key-bindings';
import { resolveKey } from './provider-key';
import { ProviderError, type KeyStore, type Provider } from './types';

/** @param bindings where keys may be sent; without a workspace's, a provider's own key binds for this call only. */
export async function createProvider(
  config: ProviderConfig,
  keys: KeyStore,
  bindings: KeyBindings = memoryBindings(),
): Promise<Provider> {
  if (config.kind === 'heuristic') {
    throw new Error(
      `Provider "${config.id}" is heuristic: its scorers run offline through scoreHeuristic, not a Provider.`,
    );
  }
  const key = await resolveKey(config, keys, bindings);
  if (key.status === 'unbound') return refusedProvider(new ProviderError('auth', key.message));
  const timeoutMs = config.limits.timeoutMs;
  if (config.kind === 'bedrock') {
    const [{ BedrockRuntimeClient }, { bedrockClientConfig }, { BedrockProvider }] = await Promise.all([
      import('@aws-sdk/client-bedrock-runtime'),
      import('./bedrock-client'),
      import('./bedrock-provider'),
    ]);
    // Credentials come from the AWS chain, never from the KeyStore.
    return new BedrockProvider(new BedrockRuntimeClient(bedrockClientConfig(config)), { timeoutMs });
  }
  const [{ createOpenAIClient }, { OpenAIProvider }] = await Promise.all([
    import('./openai-client'),
    import('./openai-provider'),
  ]);
  const client = createOpenAIClient(config, key.status === 'usable' ? key.secret : null);
  return new OpenAIProvider(client, { kind: config.kind, timeoutMs });
}

/** A provider that may not send its key where it points: every call fails with why, and nothing is sent. */
function refusedProvider(error: ProviderError): Provider {
  return {
    chat: () => Promise.reject(error),
    testConnection: async () => ({ ok: false, message: error.message, models: [] }),
  };
}
