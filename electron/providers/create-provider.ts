// The Provider for a config: the SDK client built from it, keys from the KeyStore.
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ProviderConfig } from '../../shared/judging';
import { bedrockClientConfig } from './bedrock-client';
import { BedrockProvider } from './bedrock-provider';
import { createOpenAIClient } from './openai-client';
import { OpenAIProvider } from './openai-provider';
import type { KeyStore, Provider } from './types';

export async function createProvider(config: ProviderConfig, keys: KeyStore): Promise<Provider> {
  const timeoutMs = config.limits.timeoutMs;
  switch (config.kind) {
    case 'openai':
    case 'azure':
    case 'openai-compatible': {
      const client = createOpenAIClient(config, await keys.get(config.id));
      return new OpenAIProvider(client, { kind: config.kind, timeoutMs });
    }
    case 'bedrock':
      // Credentials come from the AWS chain, never from the KeyStore.
      return new BedrockProvider(new BedrockRuntimeClient(bedrockClientConfig(config)), { timeoutMs });
    case 'heuristic':
      throw new Error(
        `Provider "${config.id}" is heuristic: its scorers run offline through scoreHeuristic, not a Provider.`,
      );
  }
}
