// The provider form's working copy, and the config it saves: only the fields its kind uses.
import { DEFAULT_LIMITS, type ProviderConfig } from '../../../../shared/judging';

export const OLLAMA_BASE_URL = 'http://127.0.0.1:11434/v1';
/** A generally available Azure OpenAI API version, as a starting point. */
export const AZURE_API_VERSION = '2024-10-21';

export const newProvider = (): ProviderConfig => ({
  id: '',
  kind: 'openai',
  baseUrl: null,
  azure: null,
  region: null,
  profile: null,
  endpoint: null,
  limits: DEFAULT_LIMITS,
});

const blankToNull = (text: string | null): string | null => (text?.trim() ? text.trim() : null);

/** Drops what another kind left behind (e.g. a base URL typed before switching to Bedrock). */
export function configToSave(draft: ProviderConfig): ProviderConfig {
  const config: ProviderConfig = {
    ...draft,
    id: draft.id.trim(),
    baseUrl: null,
    azure: null,
    region: null,
    profile: null,
    endpoint: null,
  };
  switch (draft.kind) {
    case 'openai':
    case 'openai-compatible':
      return { ...config, baseUrl: blankToNull(draft.baseUrl) };
    case 'azure':
      return {
        ...config,
        azure: {
          endpoint: draft.azure?.endpoint.trim() ?? '',
          apiVersion: draft.azure?.apiVersion.trim() || AZURE_API_VERSION,
          deployment: blankToNull(draft.azure?.deployment ?? null),
        },
      };
    case 'bedrock':
      return {
        ...config,
        region: blankToNull(draft.region),
        profile: blankToNull(draft.profile),
        endpoint: blankToNull(draft.endpoint),
      };
    case 'heuristic':
      return config;
  }
}
