// API keys from environment variables, for the CLI and browser mode: GAVEL_KEY_<PROVIDER ID>, a key
// of that provider's own. The variable the provider's SDK reads (OPENAI_API_KEY,
// AZURE_OPENAI_API_KEY) is shared by every provider of a kind, so it is not a provider's key: the
// key resolution (provider-key.ts) reads it, and sends it only where it is bound.
// Read-only: keys set from the UI need the OS keychain of the Electron app.
import type { ProviderKind } from '../../shared/judging';
import type { KeyStore } from './types';

const SHARED_VARIABLES: Partial<Record<ProviderKind, string>> = {
  openai: 'OPENAI_API_KEY',
  'openai-compatible': 'OPENAI_API_KEY',
  azure: 'AZURE_OPENAI_API_KEY',
};

/** The variable every provider of a kind may take its key from, if the kind has one. */
export const sharedKeyVariable = (kind: ProviderKind): string | undefined => SHARED_VARIABLES[kind];

/** The environment variables that may hold a provider's key, in the order they are read. */
export function keyVariables(providerId: string, kind: ProviderKind): string[] {
  const shared = sharedKeyVariable(kind);
  return shared ? [keyVariable(providerId), shared] : [keyVariable(providerId)];
}

/** `my-provider.eu` → `GAVEL_KEY_MY_PROVIDER_EU` */
export const keyVariable = (providerId: string): string =>
  `GAVEL_KEY_${providerId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

export function createEnvKeyStore(env: Record<string, string | undefined> = process.env): KeyStore {
  const readOnly = async () => {
    throw new Error(
      'API keys come from environment variables here and cannot be changed from Gavel: set GAVEL_KEY_<PROVIDER ID> (or OPENAI_API_KEY / AZURE_OPENAI_API_KEY) before starting it.',
    );
  };
  return {
    get: async (providerId) => env[keyVariable(providerId)] || null,
    set: readOnly,
    delete: readOnly,
    describe: () => ({ writable: false, secure: false, backend: 'environment' }),
  };
}
