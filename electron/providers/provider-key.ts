// Which key a provider sends, and whether it may send it to the provider's current endpoint. A key
// goes only to the endpoint it belongs to: a shared key (OPENAI_API_KEY, AZURE_OPENAI_API_KEY, the
// AWS credentials) to its kind's default endpoint or where the owner confirmed it; a provider's own
// key (stored, or GAVEL_KEY_<ID>) to the endpoint it was first used with or confirmed for. Editing
// a provider's address, or creating one, therefore never sends an existing key somewhere new.
import type { ProviderConfig } from '../../shared/judging';
import { defaultEndpoint, providerEndpoint } from './endpoint';
import { keyVariable, sharedKeyVariable } from './env-key-store';
import { bind, bindingOf, isBound, isBoundAnywhere, type KeyBindings } from './key-bindings';
import { rememberSecret } from './redact';
import type { KeyStore } from './types';

type Env = Record<string, string | undefined>;

interface FoundKey {
  /** The key, or for AWS credentials from a profile, a stand-in naming the profile. */
  secret: string;
  /** Whether the owner can confirm it by entering it (not a profile's stand-in, which anyone could type). */
  enterable: boolean;
  /** Where it came from, in words, for messages. */
  source: string;
  /** The provider's own key (stored, GAVEL_KEY_<ID>), which binds to the first endpoint it is used with. */
  own: boolean;
}

export type KeyResolution =
  | { status: 'none' }
  | { status: 'usable'; secret: string; own: boolean }
  | { status: 'unbound'; own: boolean; message: string };

/** The key `config` would send, if any: its own, else its kind's shared one (AWS: the credentials in the environment). */
async function findKey(config: ProviderConfig, keys: KeyStore, env: Env): Promise<FoundKey | null> {
  if (config.kind === 'heuristic') return null;
  if (config.kind === 'bedrock') {
    // The SDK signs with the credential chain; the binding follows its secret, or the profile it comes from.
    const secret = env['AWS_BEARER_TOKEN_BEDROCK'] || env['AWS_SECRET_ACCESS_KEY'];
    const profile = `aws-profile:${config.profile || env['AWS_PROFILE'] || 'default'}`;
    return { secret: secret || profile, enterable: Boolean(secret), source: 'the AWS credentials', own: false };
  }
  const own = await keys.get(config.id);
  if (own) return { secret: own, enterable: true, source: `the key of provider "${config.id}"`, own: true };
  const variable = sharedKeyVariable(config.kind);
  const shared = variable ? env[variable] : undefined;
  return variable && shared ? { secret: shared, enterable: true, source: variable, own: false } : null;
}

/**
 * The key to send to `config`'s endpoint, or why none may be sent. A provider's own key not yet
 * bound anywhere is bound here, on first use (`use: false` only asks, for a status display).
 */
export async function resolveKey(
  config: ProviderConfig,
  keys: KeyStore,
  bindings: KeyBindings,
  { use = true, env = process.env }: { use?: boolean; env?: Env } = {},
): Promise<KeyResolution> {
  const found = await findKey(config, keys, env);
  if (!found) return { status: 'none' };
  if (found.enterable) rememberSecret(found.secret);
  const usable = { status: 'usable' as const, secret: found.secret, own: found.own };
  const endpoint = providerEndpoint(config, env);
  if (endpoint === null || endpoint === defaultEndpoint(config, env)) return usable;
  const binding = bindingOf(found.secret, endpoint);
  if (isBound(bindings, binding)) return usable;
  if (found.own && !isBoundAnywhere(bindings, binding)) {
    if (use) await bind(bindings, binding);
    return usable;
  }
  return { status: 'unbound', own: found.own, message: unboundMessage(config, endpoint, found) };
}

function unboundMessage(config: ProviderConfig, endpoint: string, found: FoundKey): string {
  const how =
    config.kind === 'bedrock'
      ? "enter the AWS secret access key as this provider's key (Settings > Providers) to confirm them for it"
      : `enter the key for this endpoint (Settings > Providers > Key, or run \`gavel run\` with --base-url ${endpoint} and ${keyVariable(config.id)} set)`;
  return `No key was sent to ${endpoint} (provider "${config.id}"): nobody entered ${found.source} for that address. To use it there, ${how}.`;
}

/**
 * The owner entered `entered` for `config`: when it is the key the provider sends (the store may
 * just have saved it), bind it to the provider's endpoint. Returns false when it is not.
 */
export async function confirmKey(
  config: ProviderConfig,
  entered: string,
  keys: KeyStore,
  bindings: KeyBindings,
  env: Env = process.env,
): Promise<boolean> {
  const found = await findKey(config, keys, env);
  if (!found?.enterable || found.secret !== entered) return false;
  const endpoint = providerEndpoint(config, env);
  if (endpoint !== null) await bind(bindings, bindingOf(entered, endpoint));
  return true;
}
