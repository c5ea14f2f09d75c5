// API keys from environment variables, for the CLI and browser mode: GAVEL_KEY_<PROVIDER ID> for any
// provider, else the variable the provider's SDK reads (OPENAI_API_KEY, AZURE_OPENAI_API_KEY).
// Read-only: keys set from the UI need the OS keychain of the Electron app.
import type { ProviderKind } from '../../shared/judging';
import type { KeyStore } from './types';

const KIND_VARIABLES: Partial<Record<ProviderKind, string>> = {
  openai: 'OPENAI_API_KEY',
  'openai-compatible': 'OPENAI_API_KEY',
  azure: 'AZURE_OPENAI_API_KEY',
};

/** The environment variables that may hold a provider's key, in the order they are read. */
export function keyVariables(providerId: string, kind: ProviderKind): string[] {
  const fallback = KIND_VARIABLES[kind];
  return fallback ? [keyVariable(providerId), fallback] : [keyVariable(providerId)];
}

/** `my-provider.eu` → `GAVEL_KEY_MY_PROVIDER_EU` */
export const keyVariable = (providerId: string): string =>
  `GAVEL_KEY_${providerId.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;

/**
 * @param kindOf the kind of a provider id, for the per-kind fallback variables; without it only
 *   GAVEL_KEY_* is read (the SDKs still read their own variables when no key is given).
 */
export function createEnvKeyStore(
  kindOf: (providerId: string) => ProviderKind | undefined = () => undefined,
  env: Record<string, string | undefined> = process.env,
): KeyStore {
  const readOnly = async () => {
    throw new Error(
      'API keys come from environment variables here and cannot be changed from Gavel: set GAVEL_KEY_<PROVIDER ID> (or OPENAI_API_KEY / AZURE_OPENAI_API_KEY) before starting it.',
    );
  };
  return {
    async get(providerId) {
      const kind = kindOf(providerId);
      const fallback = kind === undefined ? undefined : KIND_VARIABLES[kind];
      return env[keyVariable(providerId)] || (fallback && env[fallback]) || null;
    },
    set: readOnly,
    delete: readOnly,
    describe: () => ({ writable: false, secure: false, backend: 'environment' }),
  };
}
