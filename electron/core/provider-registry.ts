// Provider configurations (kept in the workspace, without secrets), the key status of each, and the
// bindings of keys to the endpoints they may be sent to (hashes only).
import type Database from 'better-sqlite3';
import type { KeyStatus, ProvidersView } from '../../shared/contract';
import { DEFAULT_LIMITS, type ModelPrice, type ProviderConfig, type ProviderKind } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { readSetting, writeSetting } from '../db/queries/settings';
import { keyVariables } from '../providers/env-key-store';
import type { KeyBinding, KeyBindings } from '../providers/key-bindings';
import { confirmKey, resolveKey } from '../providers/provider-key';
import { keyHint } from '../providers/redact';
import type { KeyStore } from '../providers/types';
import { DEFAULT_PRICES } from '../runner/prices';
import type { WriteQueue } from './write-queue';

const PROVIDERS = 'providers';
const PRICES = 'prices';
const KEY_BINDINGS = 'key-bindings';

/** The provider configurations saved in a workspace. */
export const listProviders = (db: Database.Database) => readSetting<ProviderConfig[]>(db, PROVIDERS, []);

export function createProviderRegistry(deps: {
  reader: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  keys: KeyStore;
}) {
  const list = () => listProviders(deps.reader);

  const keyBindings: KeyBindings = {
    list: () => readSetting<KeyBinding[]>(deps.reader, KEY_BINDINGS, []),
    add: (binding) =>
      deps.writes.run(() =>
        writeSetting(deps.writer, KEY_BINDINGS, [...readSetting<KeyBinding[]>(deps.writer, KEY_BINDINGS, []), binding]),
      ),
  };

  async function keyStatus(config: ProviderConfig): Promise<KeyStatus> {
    const envVariables =
      config.kind === 'heuristic' || config.kind === 'bedrock' ? [] : keyVariables(config.id, config.kind);
    if (config.kind === 'heuristic') return { present: true, source: null, hint: null, problem: null, envVariables };
    const key = await resolveKey(config, deps.keys, keyBindings, { use: false });
    return {
      present: key.status === 'usable',
      // The key store's backend for a provider's own key; the environment for the kind's shared one.
      source: key.status === 'none' ? null : key.own ? deps.keys.describe().backend : 'environment',
      hint: key.status === 'usable' && config.kind !== 'bedrock' ? keyHint(key.secret) : null,
      problem: key.status === 'unbound' ? key.message : null,
      envVariables,
    };
  }

  async function view(): Promise<ProvidersView> {
    const providers = list();
    const keys: Record<string, KeyStatus> = {};
    for (const config of providers) keys[config.id] = await keyStatus(config);
    return { providers, keys, keyStore: deps.keys.describe() };
  }

  const get = (id: string): ProviderConfig => {
    const found = list().find((config) => config.id === id);
    if (!found) throw new GavelError('NOT_FOUND', `No provider "${id}". Add it in Settings > Providers.`);
    return found;
  };

  return {
    list,
    view,
    get,
    keyBindings,
    /**
     * The owner enters a provider's key: stored where the key store is writable (never the AWS
     * credentials), else accepted when it is the key the environment holds for it; either way bound
     * to the provider's endpoint.
     */
    async enterKey(id: string, key: string) {
      const config = get(id);
      const store = deps.keys.describe().writable && config.kind !== 'bedrock';
      if (store) await deps.keys.set(id, key);
      if (!(await confirmKey(config, key, deps.keys, keyBindings))) {
        throw new GavelError(
          'FORBIDDEN',
          config.kind === 'bedrock'
            ? 'That is not the AWS secret access key in this environment: AWS credentials come from the AWS chain (see README).'
            : 'Keys cannot be stored here and that is not the key set in the environment for this provider: set GAVEL_KEY_<PROVIDER ID> (or OPENAI_API_KEY / AZURE_OPENAI_API_KEY) before starting Gavel (see README).',
        );
      }
      return view();
    },
    async save(config: ProviderConfig) {
      await deps.writes.run(() =>
        writeSetting(deps.writer, PROVIDERS, [...list().filter((c) => c.id !== config.id), config]),
      );
      return view();
    },
    async remove(id: string) {
      await deps.writes.run(() =>
        writeSetting(
          deps.writer,
          PROVIDERS,
          list().filter((c) => c.id !== id),
        ),
      );
      return view();
    },
    prices: () => readSetting<ModelPrice[]>(deps.reader, PRICES, DEFAULT_PRICES),
    async savePrices(prices: ModelPrice[]) {
      await deps.writes.run(() => writeSetting(deps.writer, PRICES, prices));
      return prices;
    },
  };
}

export type ProviderRegistry = ReturnType<typeof createProviderRegistry>;

/** A provider config with defaults for what the caller left out (the CLI's flags). */
export function providerConfig(id: string, kind: ProviderKind, fields: Partial<ProviderConfig> = {}): ProviderConfig {
  return {
    id,
    kind,
    baseUrl: null,
    azure: null,
    region: null,
    profile: null,
    endpoint: null,
    ...fields,
    limits: { ...DEFAULT_LIMITS, ...fields.limits },
  };
}
